package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.EMAIL_TEMPLATE;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.internal.db.tables.records.EmailTemplateRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * The mail templates administrators manage and users start from. Placeholders: {@code {{firstName}}},
 * {@code {{lastName}}}, {@code {{organisationName}}}, {@code {{name}}} (the customer's display name) and
 * {@code {{email}}} (the first address); an unknown placeholder stays as written so the preview shows it.
 */
public final class EmailTemplateService {

    public static final List<String> PLACEHOLDERS = List.of("firstName", "lastName", "organisationName", "name", "email");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;

    public EmailTemplateService(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every template by name (templates are few: an administrator's list). */
    public List<EmailTemplate> all() {
        return dsl.selectFrom(EMAIL_TEMPLATE).orderBy(EMAIL_TEMPLATE.NAME).limit(500)
                .fetch(r -> new EmailTemplate(r.getId(), r.getName(), r.getSubject(), r.getBody()));
    }

    /** Adds ({@code id} null) or changes a template. */
    public EmailTemplate save(Long id, String name, String subject, String body, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "manage mail templates");
        List<FieldError> errors = new ArrayList<>();
        check(errors, "name", name, 100);
        check(errors, "subject", subject, 200);
        check(errors, "body", body, 20_000);
        ValidationException.throwIfAny(errors);
        EmailTemplateRecord record = id == null ? dsl.newRecord(EMAIL_TEMPLATE) : Optional.ofNullable(
                dsl.fetchOne(EMAIL_TEMPLATE, EMAIL_TEMPLATE.ID.eq(id))).orElseThrow(() -> new NotFoundException("EmailTemplate", id));
        record.setName(name.strip());
        record.setSubject(subject.strip());
        record.setBody(body.strip());
        record.setUpdatedAt(clock.instant());
        try {
            record.store();
        } catch (IntegrityConstraintViolationException e) {
            throw new ValidationException(List.of(FieldError.of("name", "validation.duplicate", name.strip())));
        }
        audit.record(actor, AuditAction.EMAIL_TEMPLATE_SAVED, "EmailTemplate", record.getId(), record.getName());
        return new EmailTemplate(record.getId(), record.getName(), record.getSubject(), record.getBody());
    }

    private static void check(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    /** {@code text} with the customer's fields in place of the placeholders. */
    public static String render(String text, Customer customer) {
        var details = customer.details();
        Map<String, String> values = Map.of(
                "firstName", nullToEmpty(details.firstName()),
                "lastName", nullToEmpty(details.lastName()),
                "organisationName", nullToEmpty(details.organisationName()),
                "name", customer.displayName(),
                "email", details.emails().isEmpty() ? "" : details.emails().getFirst().address());
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
