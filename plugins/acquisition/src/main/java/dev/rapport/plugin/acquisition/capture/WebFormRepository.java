package dev.rapport.plugin.acquisition.capture;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_WEB_FORM;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.db.tables.records.AcqWebFormRecord;
import dev.rapport.plugin.acquisition.support.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The web forms. Works in the caller's transaction. */
public final class WebFormRepository {

    private final DSLContext db;

    public WebFormRepository(DSLContext db) {
        this.db = db;
    }

    public List<WebForm> all() {
        return db.selectFrom(ACQ_WEB_FORM).orderBy(ACQ_WEB_FORM.NAME, ACQ_WEB_FORM.ID).limit(500)
                .fetch(WebFormRepository::toForm);
    }

    /** The active form with this token (compared byte for byte: the column's collation is binary). */
    public Optional<WebForm> activeByToken(String token) {
        return db.selectFrom(ACQ_WEB_FORM).where(ACQ_WEB_FORM.TOKEN.eq(token)).and(ACQ_WEB_FORM.ACTIVE.isTrue())
                .fetchOptional(WebFormRepository::toForm);
    }

    public long insert(WebForm form, Instant now) {
        AcqWebFormRecord record = db.newRecord(ACQ_WEB_FORM);
        copy(form, record);
        record.setToken(form.token());
        record.setCreatedAt(Times.stored(now));
        record.store();
        return record.getId();
    }

    public boolean update(WebForm form) {
        AcqWebFormRecord values = db.newRecord(ACQ_WEB_FORM);
        copy(form, values);
        return db.update(ACQ_WEB_FORM).set(values).where(ACQ_WEB_FORM.ID.eq(form.id())).execute() == 1;
    }

    public boolean replaceToken(long id, String token) {
        return db.update(ACQ_WEB_FORM).set(ACQ_WEB_FORM.TOKEN, token).where(ACQ_WEB_FORM.ID.eq(id)).execute() == 1;
    }

    public boolean delete(long id) {
        return db.deleteFrom(ACQ_WEB_FORM).where(ACQ_WEB_FORM.ID.eq(id)).execute() == 1;
    }

    private static void copy(WebForm form, AcqWebFormRecord record) {
        record.setName(form.name().strip());
        record.setCampaignId(form.campaignId());
        record.setResponseType(form.responseType() == null ? null : form.responseType().name());
        record.setRedirectUrl(form.redirectUrl() == null || form.redirectUrl().isBlank() ? null : form.redirectUrl().strip());
        record.setActive(form.active());
    }

    private static WebForm toForm(AcqWebFormRecord r) {
        return new WebForm(r.getId(), r.getName(), r.getToken(), r.getCampaignId(),
                r.getResponseType() == null ? null : ResponseType.valueOf(r.getResponseType()), r.getRedirectUrl(),
                Boolean.TRUE.equals(r.getActive()));
    }
}
