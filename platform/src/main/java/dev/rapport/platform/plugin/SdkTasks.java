package dev.rapport.platform.plugin;

import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.Tasks;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** The SDK's tasks over the kernel's: tasks a plugin creates carry the plugin id as their source. */
final class SdkTasks implements Tasks {

    private final TaskService tasks;
    private final String pluginId;
    private final Supplier<Actor> actor;

    SdkTasks(TaskService tasks, String pluginId, Supplier<Actor> actor) {
        this.tasks = tasks;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public TaskInfo create(NewTask task) {
        return tasks.create(task, pluginId, actor.get());
    }

    @Override
    public TaskInfo create(DSLContext transaction, NewTask task) {
        long id = tasks.create(transaction, task, pluginId, actor.get());
        return tasks.find(transaction, id).orElseThrow();
    }

    @Override
    public Optional<TaskInfo> find(long taskId) {
        return tasks.find(taskId);
    }

    @Override
    public List<TaskInfo> openForCustomer(long customerId) {
        return tasks.openForCustomer(customerId, null);
    }
}
