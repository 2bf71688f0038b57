package dev.rapport.plugin.service.queue;

import static dev.rapport.plugin.service.db.Tables.SVC_QUEUE;
import static dev.rapport.plugin.service.db.Tables.SVC_QUEUE_MEMBER;

import dev.rapport.plugin.service.db.tables.records.SvcQueueRecord;
import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Queues and their members in {@code svc_queue} and {@code svc_queue_member}. */
public final class QueueRepository {

    private final DSLContext dsl;

    public QueueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Queue get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Queue", id));
    }

    public Optional<Queue> find(long id) {
        return dsl.selectFrom(SVC_QUEUE).where(SVC_QUEUE.ID.eq(id)).fetchOptional().map(QueueRepository::toQueue);
    }

    public Optional<Queue> byName(String name) {
        return dsl.selectFrom(SVC_QUEUE).where(SVC_QUEUE.NAME.eq(name)).fetchOptional().map(QueueRepository::toQueue);
    }

    /** Every queue by name: a service organisation has tens, not thousands. */
    public List<Queue> all() {
        return dsl.selectFrom(SVC_QUEUE).orderBy(SVC_QUEUE.NAME).limit(500).fetch(QueueRepository::toQueue);
    }

    public long insert(Queue queue, Instant now) {
        return dsl.insertInto(SVC_QUEUE).set(SVC_QUEUE.NAME, queue.name()).set(SVC_QUEUE.DEPARTMENT_ID, queue.departmentId())
                .set(SVC_QUEUE.MANAGER_USER_ID, queue.managerUserId()).set(SVC_QUEUE.ASSIGNMENT, queue.assignment().name())
                .set(SVC_QUEUE.HOURLY_RATE, queue.hourlyRate()).set(SVC_QUEUE.CURRENCY, queue.currency())
                .set(SVC_QUEUE.UPDATED_AT, Times.stored(now)).returning(SVC_QUEUE.ID).fetchOne().getId();
    }

    public void update(Queue queue, Instant now) {
        int changed = dsl.update(SVC_QUEUE).set(SVC_QUEUE.NAME, queue.name()).set(SVC_QUEUE.DEPARTMENT_ID, queue.departmentId())
                .set(SVC_QUEUE.MANAGER_USER_ID, queue.managerUserId()).set(SVC_QUEUE.ASSIGNMENT, queue.assignment().name())
                .set(SVC_QUEUE.HOURLY_RATE, queue.hourlyRate()).set(SVC_QUEUE.CURRENCY, queue.currency())
                .set(SVC_QUEUE.UPDATED_AT, Times.stored(now)).set(SVC_QUEUE.VERSION, SVC_QUEUE.VERSION.plus(1))
                .where(SVC_QUEUE.ID.eq(queue.id()), SVC_QUEUE.VERSION.eq(queue.version())).execute();
        if (changed == 0) {
            throw new ConcurrentEditException("Queue", get(queue.id()).id(), now, "someone else");
        }
    }

    public boolean nameTaken(String name, long exceptId) {
        return dsl.fetchExists(SVC_QUEUE, SVC_QUEUE.NAME.eq(name), SVC_QUEUE.ID.ne(exceptId));
    }

    public List<QueueMember> members(long queueId) {
        return dsl.selectFrom(SVC_QUEUE_MEMBER).where(SVC_QUEUE_MEMBER.QUEUE_ID.eq(queueId))
                .orderBy(SVC_QUEUE_MEMBER.USER_ID).fetch(row -> new QueueMember(row.getUserId(), row.getSkills() == null
                        ? Set.of() : Arrays.stream(row.getSkills().split(",")).collect(Collectors.toSet())));
    }

    public void replaceMembers(long queueId, List<QueueMember> members) {
        dsl.deleteFrom(SVC_QUEUE_MEMBER).where(SVC_QUEUE_MEMBER.QUEUE_ID.eq(queueId)).execute();
        for (QueueMember member : members) {
            dsl.insertInto(SVC_QUEUE_MEMBER).set(SVC_QUEUE_MEMBER.QUEUE_ID, queueId)
                    .set(SVC_QUEUE_MEMBER.USER_ID, member.userId())
                    .set(SVC_QUEUE_MEMBER.SKILLS, member.skills().isEmpty() ? null : String.join(",", new TreeSet<>(member.skills())))
                    .execute();
        }
    }

    /** The round-robin position, read with a row lock so two requests opened at once go to different agents. */
    public Long lockLastAssignee(long queueId) {
        return dsl.select(SVC_QUEUE.LAST_ASSIGNEE_ID).from(SVC_QUEUE).where(SVC_QUEUE.ID.eq(queueId)).forUpdate()
                .fetchOne(SVC_QUEUE.LAST_ASSIGNEE_ID);
    }

    public void setLastAssignee(long queueId, long userId) {
        dsl.update(SVC_QUEUE).set(SVC_QUEUE.LAST_ASSIGNEE_ID, userId).where(SVC_QUEUE.ID.eq(queueId)).execute();
    }

    private static Queue toQueue(SvcQueueRecord row) {
        return new Queue(row.getId(), row.getName(), row.getDepartmentId(), row.getManagerUserId(),
                AssignmentMode.valueOf(row.getAssignment()), row.getHourlyRate(), row.getCurrency(), row.getVersion());
    }
}
