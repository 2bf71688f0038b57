package dev.rapport.plugin.service.agreement;

import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.plugin.service.event.AgreementChanged;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.sla.WorkingWindow;
import dev.rapport.plugin.service.sla.SlaClock;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Business calendars and service agreements: kept by managers, and the one a request falls under. A customer's
 * agreement for the request's product comes first, then a customer-wide one, then the default agreement; each only
 * if its period and categories cover the request.
 */
public final class AgreementService {

    static final int MAX_NAME = 100;

    private final PluginContext context;

    public AgreementService(PluginContext context) {
        this.context = context;
    }

    public List<ServiceCalendar> calendars() {
        return new CalendarRepository(context.dsl()).all();
    }

    public ServiceCalendar calendar(long id) {
        return new CalendarRepository(context.dsl()).get(id);
    }

    public Agreement agreement(long id) {
        return new AgreementRepository(context.dsl()).get(id);
    }

    public List<Agreement> forCustomer(long customerId) {
        return new AgreementRepository(context.dsl()).forCustomer(customerId);
    }

    public List<Agreement> page(long afterId, int limit) {
        return new AgreementRepository(context.dsl()).page(afterId, Math.min(limit, 500));
    }

    /** Creates (id 0) or changes a calendar; managers only. Returns its id. */
    public long saveCalendar(ServiceCalendar calendar) {
        context.security().requireRole(Role.MANAGER, "change service calendars");
        List<FieldError> errors = new ArrayList<>();
        String name = calendar.name() == null ? "" : calendar.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", "service.validation.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.of("name", "service.validation.tooLong", MAX_NAME));
        }
        if (calendar.windows().values().stream().allMatch(List::isEmpty)) {
            errors.add(FieldError.of("windows", "service.validation.noWorkingTime"));
        }
        ValidationException.throwIfAny(errors);
        ServiceCalendar clean = new ServiceCalendar(calendar.id(), name, calendar.zone(), calendar.windows(),
                calendar.holidays(), calendar.version());
        clean.toBusinessCalendar(); // rejects overlapping windows before anything is stored
        return context.dsl().transactionResult(configuration -> {
            CalendarRepository calendars = new CalendarRepository(configuration.dsl());
            if (calendars.nameTaken(name, clean.id())) {
                throw new ValidationException(List.of(FieldError.of("name", "service.validation.nameTaken")));
            }
            if (clean.id() == 0) {
                return calendars.insert(clean, context.clock().instant());
            }
            calendars.update(clean, context.clock().instant());
            return clean.id();
        });
    }

    /** Creates (id 0) or changes an agreement; managers only. Returns its id. */
    public long saveAgreement(Agreement agreement) {
        context.security().requireRole(Role.MANAGER, "change service agreements");
        List<FieldError> errors = new ArrayList<>();
        if (agreement.name() == null || agreement.name().isBlank()) {
            errors.add(FieldError.of("name", "service.validation.required"));
        } else if (agreement.name().strip().length() > 150) {
            errors.add(FieldError.of("name", "service.validation.tooLong", 150));
        }
        if (agreement.validFrom() == null) {
            errors.add(FieldError.of("validFrom", "service.validation.required"));
        } else if (agreement.validTo() != null && agreement.validTo().isBefore(agreement.validFrom())) {
            errors.add(FieldError.of("validTo", "service.validation.endBeforeStart"));
        }
        if (new CalendarRepository(context.dsl()).find(agreement.calendarId()).isEmpty()) {
            errors.add(FieldError.of("calendar", "service.validation.required"));
        }
        for (Priority priority : Priority.values()) {
            Targets targets = agreement.targets().get(priority);
            if (targets == null || !targets.response().isPositive() || !targets.resolution().isPositive()) {
                errors.add(FieldError.of("targets." + priority.name(), "service.validation.targetRequired"));
            } else if (targets.resolution().compareTo(targets.response()) < 0) {
                errors.add(FieldError.of("targets." + priority.name(), "service.validation.resolutionBeforeResponse"));
            }
        }
        ValidationException.throwIfAny(errors);
        return context.dsl().transactionResult(configuration -> {
            AgreementRepository agreements = new AgreementRepository(configuration.dsl());
            long id = agreement.id();
            if (id == 0) {
                id = agreements.insert(agreement, context.clock().instant());
            } else {
                agreements.update(agreement, context.clock().instant());
            }
            Agreement stored = agreements.get(id);
            announce(configuration.dsl(), stored, AgreementChanged.ACTIVE, stored.version());
            return id;
        });
    }

    /** The agreement covering a request of this customer, product and category opened on {@code day}. */
    public AppliedAgreement applicable(DSLContext tx, long customerId, Long productId, String category, LocalDate day) {
        AgreementRepository agreements = new AgreementRepository(tx);
        Optional<Agreement> own = agreements.forCustomer(customerId).stream()
                .filter(agreement -> agreement.covers(productId, category, day))
                .min(Comparator.comparing((Agreement agreement) -> agreement.productId() == null));
        Agreement chosen = own.or(() -> agreements.defaults().stream()
                        .filter(agreement -> agreement.covers(productId, category, day)).findFirst())
                .orElseThrow(() -> new IllegalStateException("No default service agreement covers " + day));
        return applied(tx, chosen);
    }

    /** The given agreement with its calendar's clock. */
    public AppliedAgreement applied(DSLContext tx, Agreement agreement) {
        return new AppliedAgreement(agreement,
                new SlaClock(new CalendarRepository(tx).get(agreement.calendarId()).toBusinessCalendar()));
    }

    /**
     * On the first start: a standard calendar (weekdays 09:00-17:00 in the installation's time zone) and an
     * open-ended default agreement with targets per priority, so every request has clocks from the start.
     */
    public void installDefaultsOnFirstStart(ZoneId zone) {
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            AgreementRepository agreements = new AgreementRepository(tx);
            if (!agreements.defaults().isEmpty()) {
                return;
            }
            Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                windows.put(day, List.of(WorkingWindow.of("09:00", "17:00")));
            }
            long calendarId = new CalendarRepository(tx).insert(new ServiceCalendar(0, "Standard", zone, windows,
                    Map.of(), 0), context.clock().instant());
            agreements.insert(new Agreement(0, "Standard service", null, null, java.util.Set.of(),
                    LocalDate.of(2000, 1, 1), null, calendarId, standardTargets(), 0), context.clock().instant());
        });
    }

    public static Map<Priority, Targets> standardTargets() {
        Map<Priority, Targets> targets = new EnumMap<>(Priority.class);
        targets.put(Priority.URGENT, Targets.ofMinutes(60, 4 * 60));
        targets.put(Priority.HIGH, Targets.ofMinutes(2 * 60, 8 * 60));
        targets.put(Priority.NORMAL, Targets.ofMinutes(4 * 60, 16 * 60));
        targets.put(Priority.LOW, Targets.ofMinutes(8 * 60, 40 * 60));
        return targets;
    }

    /** Deletes an agreement no request uses; the last default agreement stays (every request needs one). */
    public void deleteAgreement(long id) {
        context.security().requireRole(Role.MANAGER, "delete service agreements");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            AgreementRepository agreements = new AgreementRepository(tx);
            Agreement agreement = agreements.get(id);
            if (agreement.isDefault() && agreements.defaults().size() == 1) {
                throw new ValidationException(List.of(FieldError.of("agreement", "service.admin.lastDefault")));
            }
            if (tx.fetchExists(SVC_REQUEST, SVC_REQUEST.AGREEMENT_ID.eq(id))) {
                throw new ValidationException(List.of(FieldError.of("agreement", "service.admin.inUse")));
            }
            agreements.delete(id);
            announce(tx, agreement, AgreementChanged.CANCELLED, agreement.version() + 1);
        });
    }

    /**
     * Publishes a customer's agreement as it now stands, in the writing transaction {@code tx}; a default agreement
     * concerns no customer and is not published.
     */
    void announce(DSLContext tx, Agreement agreement, String status, int version) {
        if (agreement.isDefault()) {
            return;
        }
        context.events().publish(tx, new AgreementChanged(agreement.customerId(), agreement.id(), agreement.name(),
                agreement.validFrom(), agreement.validTo(), status, version));
    }

    /** Deletes a calendar no agreement uses. */
    public void deleteCalendar(long id) {
        context.security().requireRole(Role.MANAGER, "delete service calendars");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(SVC_AGREEMENT, SVC_AGREEMENT.CALENDAR_ID.eq(id))) {
                throw new ValidationException(List.of(FieldError.of("calendar", "service.admin.inUse")));
            }
            new CalendarRepository(tx).delete(id);
        });
    }
}
