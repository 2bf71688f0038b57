package dev.rapport.plugin.service.queue;

import static dev.rapport.plugin.service.db.Tables.SVC_QUEUE;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import org.jooq.DSLContext;

/** Queues as managers keep them, and who a queue gives a new request to. */
public final class QueueService {

    private final PluginContext context;

    public QueueService(PluginContext context) {
        this.context = context;
    }

    public List<Queue> all() {
        return new QueueRepository(context.dsl()).all();
    }

    public Queue get(long id) {
        return new QueueRepository(context.dsl()).get(id);
    }

    public List<QueueMember> members(long queueId) {
        return new QueueRepository(context.dsl()).members(queueId);
    }

    /** Creates (id 0) or changes a queue with its members; managers only. Returns its id. */
    public long save(Queue queue, List<QueueMember> members) {
        context.security().requireRole(Role.MANAGER, "change service queues");
        List<FieldError> errors = new ArrayList<>();
        String name = queue.name() == null ? "" : queue.name().strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of("name", "service.validation.required"));
        } else if (name.length() > 100) {
            errors.add(FieldError.of("name", "service.validation.tooLong", 100));
        }
        if (context.staff().department(queue.departmentId()).isEmpty()) {
            errors.add(FieldError.of("department", "service.validation.required"));
        }
        if (queue.hourlyRate() == null || queue.hourlyRate().signum() < 0) {
            errors.add(FieldError.of("hourlyRate", "service.validation.notNegative"));
        }
        if (queue.currency() == null || Currency.getAvailableCurrencies().stream()
                .noneMatch(currency -> currency.getCurrencyCode().equals(queue.currency()))) {
            errors.add(FieldError.of("currency", "service.validation.currency"));
        }
        if (queue.assignment() == null) {
            errors.add(FieldError.of("assignment", "service.validation.required"));
        }
        ValidationException.throwIfAny(errors);
        Queue clean = new Queue(queue.id(), name, queue.departmentId(), queue.managerUserId(), queue.assignment(),
                queue.hourlyRate().setScale(2, java.math.RoundingMode.HALF_UP), queue.currency(), queue.version());
        return context.dsl().transactionResult(configuration -> {
            QueueRepository queues = new QueueRepository(configuration.dsl());
            if (queues.nameTaken(name, clean.id())) {
                throw new ValidationException(List.of(FieldError.of("name", "service.validation.nameTaken")));
            }
            long id = clean.id();
            if (id == 0) {
                id = queues.insert(clean, context.clock().instant());
            } else {
                queues.update(clean, context.clock().instant());
            }
            queues.replaceMembers(id, members);
            return id;
        });
    }

    /**
     * Who gets a new request of {@code category} in {@code queue}, or null (manual queues; nobody with the skill).
     * Round-robin and skill queues continue after the last agent given a request, under a row lock on the queue.
     */
    public Long chooseAssignee(DSLContext tx, Queue queue, String category) {
        if (queue.assignment() == AssignmentMode.MANUAL) {
            return null;
        }
        QueueRepository queues = new QueueRepository(tx);
        Long last = queues.lockLastAssignee(queue.id());
        List<Long> candidates = queues.members(queue.id()).stream()
                .filter(member -> queue.assignment() != AssignmentMode.SKILL
                        || (category != null && member.skills().contains(category)))
                .map(QueueMember::userId).sorted(Comparator.naturalOrder()).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Long next = candidates.stream().filter(id -> last == null || id > last).findFirst().orElse(candidates.getFirst());
        queues.setLastAssignee(queue.id(), next);
        return next;
    }

    /** A first queue for the service department when none exists, so requests always have a place. */
    public long installDefaultQueueOnFirstStart(long departmentId, String currency) {
        return context.dsl().transactionResult(configuration -> {
            QueueRepository queues = new QueueRepository(configuration.dsl());
            List<Queue> existing = queues.all();
            if (!existing.isEmpty()) {
                return existing.getFirst().id();
            }
            return queues.insert(new Queue(0, "Customer Service", departmentId, null, AssignmentMode.MANUAL,
                    new BigDecimal("45.00"), currency, 0), context.clock().instant());
        });
    }

    /** Deletes a queue that never held a request (requests keep their queue for reports). */
    public void delete(long id) {
        context.security().requireRole(Role.MANAGER, "delete service queues");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(SVC_REQUEST, SVC_REQUEST.QUEUE_ID.eq(id))) {
                throw new ValidationException(List.of(FieldError.of("queue", "service.admin.inUse")));
            }
            tx.deleteFrom(SVC_QUEUE).where(SVC_QUEUE.ID.eq(id)).execute();
        });
    }
}
