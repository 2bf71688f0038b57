package dev.rapport.plugin.service.api;

import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.sdk.extension.RestResourceContribution;
import org.pf4j.Extension;

/**
 * Service requests in the REST API, at {@code /api/v1/plugins/service/}: a queue's requests soonest due first,
 * one request, and opening one (e.g. from a portal or a monitoring system), as the access token's user.
 */
@Extension
public final class ServiceApi implements RestResourceContribution {

    private final ServiceResource resource;

    public ServiceApi(RequestService requests) {
        this.resource = new ServiceResource(requests);
    }

    @Override
    public Object resource() {
        return resource;
    }
}
