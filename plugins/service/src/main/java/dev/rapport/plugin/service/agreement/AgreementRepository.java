package dev.rapport.plugin.service.agreement;

import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT;
import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT_TARGET;

import dev.rapport.plugin.service.db.tables.records.SvcAgreementRecord;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Service agreements and their targets in {@code svc_agreement} and {@code svc_agreement_target}. */
public final class AgreementRepository {

    private final DSLContext dsl;

    public AgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Agreement get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    public Optional<Agreement> find(long id) {
        return dsl.selectFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.ID.eq(id)).fetchOptional().map(this::toAgreement);
    }

    /** A customer's own agreements, newest period first. */
    public List<Agreement> forCustomer(long customerId) {
        return dsl.selectFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.CUSTOMER_ID.eq(customerId))
                .orderBy(SVC_AGREEMENT.VALID_FROM.desc(), SVC_AGREEMENT.ID.desc()).limit(200).fetch(this::toAgreement);
    }

    /** The default agreements (for every customer), newest period first. */
    public List<Agreement> defaults() {
        return dsl.selectFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.CUSTOMER_ID.isNull())
                .orderBy(SVC_AGREEMENT.VALID_FROM.desc(), SVC_AGREEMENT.ID.desc()).limit(200).fetch(this::toAgreement);
    }

    /** A page of all agreements by id, after {@code afterId}. */
    public List<Agreement> page(long afterId, int limit) {
        return dsl.selectFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.ID.gt(afterId)).orderBy(SVC_AGREEMENT.ID)
                .limit(limit).fetch(this::toAgreement);
    }

    public long insert(Agreement agreement, Instant now) {
        long id = dsl.insertInto(SVC_AGREEMENT).set(SVC_AGREEMENT.NAME, agreement.name())
                .set(SVC_AGREEMENT.CUSTOMER_ID, agreement.customerId()).set(SVC_AGREEMENT.PRODUCT_ID, agreement.productId())
                .set(SVC_AGREEMENT.CATEGORIES, categories(agreement.categories()))
                .set(SVC_AGREEMENT.VALID_FROM, agreement.validFrom()).set(SVC_AGREEMENT.VALID_TO, agreement.validTo())
                .set(SVC_AGREEMENT.CALENDAR_ID, agreement.calendarId()).set(SVC_AGREEMENT.UPDATED_AT, Times.stored(now))
                .returning(SVC_AGREEMENT.ID).fetchOne().getId();
        writeTargets(id, agreement.targets());
        return id;
    }

    public void update(Agreement agreement, Instant now) {
        int changed = dsl.update(SVC_AGREEMENT).set(SVC_AGREEMENT.NAME, agreement.name())
                .set(SVC_AGREEMENT.PRODUCT_ID, agreement.productId())
                .set(SVC_AGREEMENT.CATEGORIES, categories(agreement.categories()))
                .set(SVC_AGREEMENT.VALID_FROM, agreement.validFrom()).set(SVC_AGREEMENT.VALID_TO, agreement.validTo())
                .set(SVC_AGREEMENT.CALENDAR_ID, agreement.calendarId()).set(SVC_AGREEMENT.UPDATED_AT, Times.stored(now))
                .set(SVC_AGREEMENT.VERSION, SVC_AGREEMENT.VERSION.plus(1))
                .where(SVC_AGREEMENT.ID.eq(agreement.id()), SVC_AGREEMENT.VERSION.eq(agreement.version())).execute();
        if (changed == 0) {
            throw new ConcurrentEditException("Agreement", get(agreement.id()).id(), now, "someone else");
        }
        dsl.deleteFrom(SVC_AGREEMENT_TARGET).where(SVC_AGREEMENT_TARGET.AGREEMENT_ID.eq(agreement.id())).execute();
        writeTargets(agreement.id(), agreement.targets());
    }

    private void writeTargets(long agreementId, Map<Priority, Targets> targets) {
        targets.forEach((priority, target) -> dsl.insertInto(SVC_AGREEMENT_TARGET)
                .set(SVC_AGREEMENT_TARGET.AGREEMENT_ID, agreementId).set(SVC_AGREEMENT_TARGET.PRIORITY, priority.name())
                .set(SVC_AGREEMENT_TARGET.RESPONSE_MINUTES, (int) target.response().toMinutes())
                .set(SVC_AGREEMENT_TARGET.RESOLUTION_MINUTES, (int) target.resolution().toMinutes()).execute());
    }

    private static String categories(Set<String> categories) {
        return categories.isEmpty() ? null : String.join(",", new TreeSet<>(categories));
    }

    private Agreement toAgreement(SvcAgreementRecord row) {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        dsl.selectFrom(SVC_AGREEMENT_TARGET).where(SVC_AGREEMENT_TARGET.AGREEMENT_ID.eq(row.getId()))
                .forEach(target -> targets.put(Priority.valueOf(target.getPriority()),
                        Targets.ofMinutes(target.getResponseMinutes(), target.getResolutionMinutes())));
        Set<String> categories = row.getCategories() == null ? Set.of()
                : Arrays.stream(row.getCategories().split(",")).collect(Collectors.toSet());
        return new Agreement(row.getId(), row.getName(), row.getCustomerId(), row.getProductId(), categories,
                row.getValidFrom(), row.getValidTo(), row.getCalendarId(), targets, row.getVersion());
    }

    public void delete(long id) {
        dsl.deleteFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.ID.eq(id)).execute();
    }
}
