package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.ApiProblem;

/**
 * Page sizes of the API's lists: 1 to 200, 50 unless asked. One row more than asked is read to know whether a next
 * page exists, which stays within the kernel's limit of 500.
 */
final class Limits {

    static final int MAX_PAGE = 200;

    private Limits() {
    }

    static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiProblem.badField("limit", "invalid-limit", "A page has 1 to " + MAX_PAGE + " items.");
        }
        return limit;
    }
}
