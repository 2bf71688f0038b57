package dev.rapport.platform.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The browser origins an administrator allows to call the API from a web page ({@code api.cors.origins}, a comma
 * separated list such as {@code https://shop.example.com}); empty by default, so no other site's page may call it.
 */
record CorsOrigins(Set<String> origins) {

    static CorsOrigins parse(String configured) {
        return new CorsOrigins(Arrays.stream(configured.split(",")).map(String::strip).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT).replaceAll("/+$", "")).collect(Collectors.toSet()));
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }
}
