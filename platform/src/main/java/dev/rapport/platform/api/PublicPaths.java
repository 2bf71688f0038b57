package dev.rapport.platform.api;

/** The API's paths anyone may read without a token: the OpenAPI document and the browsable page over it. */
final class PublicPaths {

    static final String OPENAPI = "v1/openapi.json";
    static final String DOCS = "docs";

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals(OPENAPI) || relative.equals(DOCS) || relative.startsWith(DOCS + "/");
    }
}
