package dev.rapport.plugin.service.testing;

import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.Translations;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.StaffDirectory;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskStatus;
import dev.rapport.sdk.task.Tasks;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;

/**
 * The rest of the kernel as the plugin's tests need it, in memory: who acts, the staff, the interaction log, tasks,
 * published events, settings and texts. What the plugin wrote there is kept for the tests to look at. The writes
 * that join a transaction ignore it: that they roll back with it is the platform's to test (and it does).
 */
public final class FakeKernel {

    /** An interaction appended through the SDK, with whom it names as its recorder. */
    public record Appended(NewInteraction interaction, Long recordedBy) {
    }

    public final List<Appended> interactions = new CopyOnWriteArrayList<>();
    public final List<TaskInfo> tasks = new CopyOnWriteArrayList<>();
    public final List<PluginEvent> events = new CopyOnWriteArrayList<>();
    public final Map<String, String> settingValues = new ConcurrentHashMap<>();
    public final List<Department> departmentList = new CopyOnWriteArrayList<>();
    public final List<UserInfo> users = new CopyOnWriteArrayList<>();
    private final AtomicReference<UserInfo> currentUser = new AtomicReference<>();
    /** Unique across the test JVM, like the platform's ids. */
    private static final AtomicLong IDS = new AtomicLong(100);

    public FakeKernel() {
        departmentList.add(new Department(1, "sales", "Sales"));
        departmentList.add(new Department(2, "marketing", "Marketing"));
        departmentList.add(new Department(3, "service", "Customer Service"));
    }

    public UserInfo addUser(String name, Role role, String... departmentCodes) {
        List<Department> departments = departmentList.stream()
                .filter(department -> List.of(departmentCodes).contains(department.code())).toList();
        UserInfo user = new UserInfo(IDS.incrementAndGet(), name.toLowerCase(Locale.ROOT).replace(' ', '.'), name, role,
                departments);
        users.add(user);
        return user;
    }

    /** Who acts from now on; null: the system (a web form, a listener). */
    public void actAs(UserInfo user) {
        currentUser.set(user);
    }

    public Department department(String code) {
        return departmentList.stream().filter(department -> department.code().equals(code)).findFirst().orElseThrow();
    }

    Security security() {
        return new Security() {
            @Override
            public Optional<UserInfo> currentUser() {
                return Optional.ofNullable(currentUser.get());
            }

            @Override
            public boolean hasRole(Role role) {
                UserInfo user = currentUser.get();
                return user == null || user.role().includes(role);
            }

            @Override
            public void requireRole(Role role, String action) {
                if (!hasRole(role)) {
                    throw new AccessDeniedException(currentUser.get().displayName() + " may not " + action);
                }
            }
        };
    }

    StaffDirectory staff() {
        return new StaffDirectory() {
            @Override
            public List<Department> departments() {
                return List.copyOf(departmentList);
            }

            @Override
            public Optional<Department> department(long departmentId) {
                return departmentList.stream().filter(department -> department.id() == departmentId).findFirst();
            }

            @Override
            public Optional<Department> departmentByCode(String code) {
                return departmentList.stream().filter(department -> department.code().equals(code)).findFirst();
            }

            @Override
            public Optional<UserInfo> user(long userId) {
                return users.stream().filter(user -> user.id() == userId).findFirst();
            }

            @Override
            public List<UserInfo> activeUsers() {
                return users.stream().sorted(Comparator.comparing(UserInfo::displayName)).toList();
            }

            @Override
            public List<UserInfo> members(long departmentId) {
                return users.stream().filter(user -> user.departments().stream().anyMatch(d -> d.id() == departmentId))
                        .sorted(Comparator.comparingLong(UserInfo::id)).toList();
            }
        };
    }

    InteractionLog interactionLog() {
        return new InteractionLog() {
            @Override
            public InteractionInfo append(NewInteraction interaction) {
                return append(null, interaction);
            }

            @Override
            public List<InteractionInfo> recent(long customerId, int limit) {
                return interactions.stream().filter(appended -> appended.interaction().customerId() == customerId)
                        .map(appended -> info(appended.interaction(), appended.recordedBy())).toList();
            }

            @Override
            public InteractionInfo append(DSLContext transaction, NewInteraction interaction) {
                requireAgent("log interactions");
                Long recordedBy = currentUser.get() == null ? null : currentUser.get().id();
                interactions.add(new Appended(interaction, recordedBy));
                return info(interaction, recordedBy);
            }

            @Override
            public InteractionInfo appendRecordedBy(DSLContext transaction, NewInteraction interaction, Long recordedBy) {
                requireAgent("log interactions");
                interactions.add(new Appended(interaction, recordedBy));
                return info(interaction, recordedBy);
            }

            private InteractionInfo info(NewInteraction interaction, Long recordedBy) {
                return new InteractionInfo(IDS.incrementAndGet(), interaction.customerId(), interaction.contactId(),
                        interaction.channel(), interaction.direction(), interaction.subject(), interaction.notes(),
                        interaction.outcome(), interaction.occurredAt(), "service", recordedBy, null);
            }
        };
    }

    Tasks taskList() {
        return new Tasks() {
            @Override
            public TaskInfo create(NewTask task) {
                return create(null, task);
            }

            @Override
            public TaskInfo create(DSLContext transaction, NewTask task) {
                requireAgent("create tasks");
                if ((task.assigneeUserId() == null) == (task.departmentId() == null)) {
                    throw new ValidationException(List.of(FieldError.of("assignee", "validation.assigneeOrQueue")));
                }
                TaskInfo stored = new TaskInfo(IDS.incrementAndGet(), task.title(), task.description(), task.customerId(),
                        task.dueDate(), task.priority(), TaskStatus.OPEN, task.assigneeUserId(), task.departmentId(),
                        "service", Instant.now(), null);
                tasks.add(stored);
                return stored;
            }

            @Override
            public Optional<TaskInfo> find(long taskId) {
                return tasks.stream().filter(task -> task.id() == taskId).findFirst();
            }

            @Override
            public List<TaskInfo> openForCustomer(long customerId) {
                return tasks.stream().filter(task -> task.customerId() != null && task.customerId() == customerId).toList();
            }
        };
    }

    DomainEventPublisher publisher() {
        return new DomainEventPublisher() {
            @Override
            public void publish(PluginEvent event) {
                events.add(event);
            }

            @Override
            public void publish(DSLContext transaction, PluginEvent event) {
                events.add(event);
            }
        };
    }

    PluginSettings settings() {
        return new PluginSettings() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(settingValues.get(key));
            }

            @Override
            public void put(String key, String value) {
                settingValues.put(key, value);
            }

            @Override
            public void remove(String key) {
                settingValues.remove(key);
            }

            @Override
            public Map<String, String> all() {
                return Map.copyOf(settingValues);
            }
        };
    }

    /** The plugin's own bundle, as the platform's provider would read it. */
    static Translations translations() {
        return new Translations() {
            @Override
            public String get(String key, Object... arguments) {
                return get(Locale.ENGLISH, key, arguments);
            }

            @Override
            public String get(Locale locale, String key, Object... arguments) {
                ResourceBundle bundle = ResourceBundle.getBundle("plugins.service.messages", locale);
                if (!bundle.containsKey(key)) {
                    return "!" + key + "!";
                }
                String pattern = bundle.getString(key);
                return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
            }
        };
    }

    private void requireAgent(String action) {
        security().requireRole(Role.AGENT, action);
    }

    /** Events of one type the plugin published, in order. */
    public <E extends PluginEvent> List<E> events(Class<E> type) {
        List<E> found = new ArrayList<>();
        events.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        return found;
    }
}
