package dev.rapport.plugin.service.survey;

import com.vaadin.flow.server.VaadinRequest;
import dev.rapport.sdk.PluginSettings;

/**
 * Where customers reach this installation, for the links in survey invitations: the setting
 * {@value #SETTING} when an administrator set it (behind a proxy, the only right answer), else the address the
 * agent's browser used, else nothing (the link is then a path on the same server).
 */
public final class PublicAddress {

    public static final String SETTING = "survey.publicAddress";

    private final PluginSettings settings;

    public PublicAddress(PluginSettings settings) {
        this.settings = settings;
    }

    public String get() {
        String configured = settings.get(SETTING).map(String::strip).orElse("");
        if (!configured.isEmpty()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getHeader("Host") == null) {
            return "";
        }
        return (request.isSecure() ? "https" : "http") + "://" + request.getHeader("Host") + request.getContextPath();
    }
}
