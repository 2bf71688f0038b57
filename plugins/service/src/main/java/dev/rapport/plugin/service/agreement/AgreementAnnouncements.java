package dev.rapport.plugin.service.agreement;

import static dev.rapport.plugin.service.db.Tables.SVC_ANNOUNCEMENT;

import dev.rapport.plugin.service.db.tables.records.SvcAnnouncementRecord;
import dev.rapport.plugin.service.event.AgreementChanged;
import dev.rapport.sdk.PluginContext;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Publishes every existing customer agreement once per installation as {@link AgreementChanged}, so that listeners
 * added after the agreements were made (retention's contract ends) know them; again when such a listener asks
 * ({@link AgreementRequestListener}). The marker row of changeset 008 says
 * how far the announcement got: each page is published and the marker moved in one transaction that holds the
 * marker's row lock, so a crash resumes at the page it stopped at and two nodes never announce the same page.
 * Announcing an agreement again is harmless: listeners keep the highest version.
 */
public final class AgreementAnnouncements {

    static final String AGREEMENTS = "agreements";
    private static final int PAGE = 500;

    private final PluginContext context;
    private final AgreementService agreements;

    public AgreementAnnouncements(PluginContext context, AgreementService agreements) {
        this.context = context;
        this.agreements = agreements;
    }

    /** Announces the agreements not yet announced; returns how many customer agreements were published. */
    public int announceOnce() {
        int published = 0;
        int page;
        while ((page = context.dsl().transactionResult(configuration -> nextPage(configuration.dsl()))) >= 0) {
            published += page;
        }
        if (published > 0) {
            context.logger().info("Announced {} existing customer agreements", published);
        }
        return published;
    }

    /** Announces every customer agreement again from the first, as asked by a plugin that listens only now. */
    public int announceAgain() {
        context.dsl().update(SVC_ANNOUNCEMENT).set(SVC_ANNOUNCEMENT.AFTER_ID, 0L).set(SVC_ANNOUNCEMENT.DONE, false)
                .where(SVC_ANNOUNCEMENT.NAME.eq(AGREEMENTS)).execute();
        return announceOnce();
    }

    /** Publishes the next page; returns how many were published, or -1 once everything was announced. */
    private int nextPage(DSLContext tx) {
        SvcAnnouncementRecord marker = tx.selectFrom(SVC_ANNOUNCEMENT).where(SVC_ANNOUNCEMENT.NAME.eq(AGREEMENTS))
                .forUpdate().fetchOne();
        if (marker == null || marker.getDone()) {
            return -1;
        }
        List<Agreement> page = new AgreementRepository(tx).page(marker.getAfterId(), PAGE);
        int published = 0;
        for (Agreement agreement : page) {
            if (!agreement.isDefault()) {
                agreements.announce(tx, agreement, AgreementChanged.ACTIVE, agreement.version());
                published++;
            }
        }
        long afterId = page.isEmpty() ? marker.getAfterId() : page.getLast().id();
        tx.update(SVC_ANNOUNCEMENT).set(SVC_ANNOUNCEMENT.AFTER_ID, afterId)
                .set(SVC_ANNOUNCEMENT.DONE, page.size() < PAGE).where(SVC_ANNOUNCEMENT.NAME.eq(AGREEMENTS)).execute();
        return published;
    }
}
