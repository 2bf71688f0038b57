package dev.rapport.platform.plugin;

import dev.rapport.platform.task.TaskService;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.Tasks;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The SDK's tasks over the kernel's: tasks a plugin creates carry the plugin id as their source. */
final class SdkTasks implements Tasks {

    private final TaskService tasks;
    private final String pluginId;
    private final PluginActor actor;

    SdkTasks(TaskService tasks, String pluginId, PluginActor actor) {
        this.tasks = tasks;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public TaskInfo create(NewTask task) {
        return tasks.create(task, pluginId, actor.writer("create tasks"));
    }

    @Override
    public TaskInfo create(DSLContext transaction, NewTask task) {
        var acting = actor.writer("create tasks");
        return PluginTableGuard.sdkWork(() -> tasks.find(transaction, tasks.create(transaction, task, pluginId, acting))
                .orElseThrow());
    }

    @Override
    public List<TaskInfo> createAll(DSLContext transaction, List<NewTask> all) {
        var acting = actor.writer("create tasks");
        return PluginTableGuard.sdkWork(() -> tasks.createAll(transaction, all, pluginId, acting));
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
