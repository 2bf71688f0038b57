package dev.rapport.platform.task;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import dev.rapport.sdk.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskServiceTest {

    private final Kernel kernel = new Kernel();
    private final TaskService tasks = kernel.tasks;
    private final User owner = kernel.newUser();
    private final Actor actor = Actor.of(owner);

    private NewTask forOwner(String title, LocalDate due, Long customerId) {
        return new NewTask(title, null, customerId, due, TaskPriority.HIGH, owner.id(), null);
    }

    @Test
    void createsATaskWithItsEventAndListsAUsersOpenTasksByDueDateUndatedLast() {
        LocalDate today = LocalDate.now();
        TaskInfo undated = tasks.create(forOwner("Undated", null, null), "kernel", actor);
        TaskInfo later = tasks.create(forOwner("Later", today.plusDays(5), null), "kernel", actor);
        TaskInfo sooner = tasks.create(forOwner("Sooner", today.plusDays(1), null), "example", actor);

        assertThat(sooner.source()).isEqualTo("example");
        assertThat(sooner.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(tasks.openAssignedTo(owner.id(), null, null, 10)).extracting(TaskInfo::id)
                .containsExactly(sooner.id(), later.id(), undated.id());
        List<TaskInfo> paged = new ArrayList<>();
        TaskInfo after = null;
        for (List<TaskInfo> page; !(page = tasks.openAssignedTo(owner.id(), null, after, 1)).isEmpty(); after = page.getLast()) {
            paged.addAll(page);
        }
        assertThat(paged).extracting(TaskInfo::id).containsExactly(sooner.id(), later.id(), undated.id());
        assertThat(kernel.dsl.fetchExists(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE.endsWith("TaskCreated")
                .and(DOMAIN_EVENT.PAYLOAD.contains("\"taskId\":" + sooner.id() + ",")))).isTrue();
    }

    @Test
    void aTaskGoesToExactlyOnePersonOrQueue() {
        Department sales = kernel.departments.findByCode("sales").orElseThrow();
        assertThatThrownBy(() -> tasks.create(new NewTask("Both", null, null, null, null, owner.id(), sales.id()), "kernel", actor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("assignee"));
        assertThatThrownBy(() -> tasks.create(new NewTask(" ", null, Long.MAX_VALUE - 9, null, null, null, null), "kernel", actor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("title", "assignee", "customerId"));
    }

    @Test
    void manyTasksAreCreatedTogetherWithTheirEventsInOrderOrNoneWhenOneIsInvalid() {
        Customer customer = kernel.customers.create(person("Ann", unique("Many")), actor);
        Department service = kernel.departments.findByCode("service").orElseThrow();
        String tag = unique("Batch ");
        List<NewTask> batch = List.of(forOwner(tag + " one", LocalDate.now(), customer.id()),
                new NewTask(tag + " two", "queued", null, null, TaskPriority.URGENT, null, service.id()),
                forOwner(tag + " three", null, null));

        List<TaskInfo> created = kernel.dsl.transactionResult(configuration ->
                tasks.createAll(configuration.dsl(), batch, "example", actor));

        assertThat(created).extracting(TaskInfo::title).containsExactly(tag + " one", tag + " two", tag + " three");
        assertThat(created).extracting(TaskInfo::source).containsOnly("example");
        assertThat(created.get(1).departmentId()).isEqualTo(service.id());
        assertThat(created.get(1).priority()).isEqualTo(TaskPriority.URGENT);
        for (TaskInfo task : created) {
            assertThat(tasks.find(task.id())).contains(task);
            assertThat(kernel.dsl.fetchExists(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE.endsWith("TaskCreated")
                    .and(DOMAIN_EVENT.PAYLOAD.contains("\"taskId\":" + task.id() + ",")))).as(task.title()).isTrue();
        }

        String refused = unique("Refused ");
        assertThatThrownBy(() -> kernel.dsl.transaction(configuration -> tasks.createAll(configuration.dsl(),
                List.of(forOwner(refused + " fine", null, null), forOwner(refused + " lost", null, Long.MAX_VALUE - 7)),
                "example", actor))).isInstanceOf(ValidationException.class);
        assertThat(tasks.openAssignedTo(owner.id(), null, null, 500)).extracting(TaskInfo::title)
                .noneMatch(title -> title.startsWith(refused));
    }

    @Test
    void aQueuedTaskIsTakenBySomeoneOfTheDepartment() {
        Department service = kernel.departments.findByCode("service").orElseThrow();
        String title = unique("Queue ");
        TaskInfo queued = tasks.create(new NewTask(title, null, null, null, null, null, service.id()), "kernel", actor);

        assertThat(tasks.openInQueues(List.of(service.id()), null, null, 500)).extracting(TaskInfo::id).contains(queued.id());
        tasks.assignTo(queued.id(), owner.id(), actor);

        assertThat(tasks.openInQueues(List.of(service.id()), null, null, 500)).extracting(TaskInfo::id).doesNotContain(queued.id());
        assertThat(tasks.openAssignedTo(owner.id(), null, null, 10)).extracting(TaskInfo::id).contains(queued.id());
    }

    @Test
    void completingLogsTheInteractionInTheSameTransactionAndOnlyOnce() {
        Customer customer = kernel.customers.create(person("Ann", unique("Task")), actor);
        TaskInfo task = tasks.create(forOwner("Call back", LocalDate.now(), customer.id()), "kernel", actor);
        InteractionDraft call = new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Called back",
                null, Outcome.COMPLETED, Instant.now(), "kernel");

        TaskInfo done = tasks.complete(task.id(), new TaskService.Completion("Reached her", call), actor);

        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completedAt()).isNotNull();
        assertThat(kernel.timeline.keyFigures(customer.id()).interactionCount()).isEqualTo(1);
        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskService.Completion(null, call), actor))
                .isInstanceOf(ValidationException.class);
        assertThat(kernel.timeline.keyFigures(customer.id()).interactionCount()).isEqualTo(1);
        assertThat(tasks.openForCustomer(customer.id(), null)).isEmpty();
    }

    @Test
    void anInvalidInteractionLeavesTheTaskOpen() {
        Customer customer = kernel.customers.create(person("Ann", unique("Rollback")), actor);
        TaskInfo task = tasks.create(forOwner("Call", null, customer.id()), "kernel", actor);
        InteractionDraft invalid = new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "",
                null, Outcome.COMPLETED, Instant.now(), "kernel");

        assertThatThrownBy(() -> tasks.complete(task.id(), new TaskService.Completion(null, invalid), actor))
                .isInstanceOf(ValidationException.class);
        assertThat(tasks.get(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    }
}
