package dev.rapport.platform.segment;

/** The rule for facet keys and values: a plugin owns the keys that start with its id and a dot. */
final class FacetKeys {

    static final int MAX_KEY = 100;
    static final int MAX_VALUE = 50;

    private FacetKeys() {
    }

    static boolean ownedBy(String pluginId, String key) {
        return key != null && key.length() <= MAX_KEY && key.startsWith(pluginId + ".")
                && key.length() > pluginId.length() + 1;
    }

    static void requireOwned(String pluginId, String key) {
        if (!ownedBy(pluginId, key)) {
            throw new IllegalArgumentException("The plugin " + pluginId + " may only write facets whose key starts with '"
                    + pluginId + ".' (at most " + MAX_KEY + " characters), not '" + key + "'");
        }
    }

    static void requireValue(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("A facet value must have 1 to " + MAX_VALUE + " characters, not '"
                    + value + "'");
        }
    }
}
