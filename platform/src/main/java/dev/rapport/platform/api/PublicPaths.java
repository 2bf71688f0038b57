package dev.rapport.platform.api;

/** The API's paths anyone may read without a token: the OpenAPI document that describes it. */
final class PublicPaths {

    static final String OPENAPI = "v1/openapi.json";

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return path.equals(OPENAPI) || path.equals("/" + OPENAPI);
    }
}
