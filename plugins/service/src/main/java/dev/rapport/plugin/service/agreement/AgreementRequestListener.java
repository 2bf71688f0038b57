package dev.rapport.plugin.service.agreement;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Answers retention's request for the existing agreements ({@code retention.AgreementsWanted}, read by type name) by
 * announcing every customer agreement again: a plugin that began listening after the agreements were made learns
 * them. A repeated delivery announces them once more, which listeners keeping the highest version take in their stride.
 */
@Extension
public final class AgreementRequestListener implements EventTypeListener {

    static final String AGREEMENTS_WANTED = "retention.AgreementsWanted";

    private final AgreementAnnouncements announcements;

    public AgreementRequestListener(AgreementAnnouncements announcements) {
        this.announcements = announcements;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(AGREEMENTS_WANTED);
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) {
        announcements.announceAgain();
    }
}
