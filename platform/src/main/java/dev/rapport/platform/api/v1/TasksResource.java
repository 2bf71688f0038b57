package dev.rapport.platform.api.v1;

import dev.rapport.platform.api.CallerContext;
import dev.rapport.platform.api.Cursor;
import dev.rapport.platform.api.Page;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.NotFoundException;
import java.util.Set;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Tasks: the caller's open tasks by due date (with a cursor), one task, and creating one (source {@code api}). */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TasksResource {

    private static final String NO_DUE_DATE = "-";

    /** Tasks made through the API are the kernel's, as those made in the UI: every user who sees tasks sees them. */
    private static final String SOURCE = "kernel";

    private final TaskService tasks;
    private final ModuleAccess modules;

    public TasksResource(TaskService tasks, ModuleAccess modules) {
        this.tasks = tasks;
        this.modules = modules;
    }

    @GET
    public Page<TaskInfo> mine(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("cursor") String cursor,
                               @Context SecurityContext caller) {
        int size = Limits.pageSize(limit);
        TaskInfo after = null;
        if (cursor != null) {
            List<String> position = Cursor.decode(cursor, "tasks", 2);
            LocalDate due;
            try {
                due = position.get(1).equals(NO_DUE_DATE) ? null : LocalDate.parse(position.get(1));
            } catch (java.time.format.DateTimeParseException e) {
                throw dev.rapport.platform.api.ApiProblem.badField("cursor", "invalid-cursor", "Not a cursor of this list.");
            }
            after = new TaskInfo(Cursor.number(position.get(0)), null, null, null, due, TaskPriority.NORMAL, null, null,
                    null, null, null, null);
        }
        Actor actor = CallerContext.actor(caller);
        List<TaskInfo> rows = tasks.openAssignedTo(actor.userId(), modules.visibleTaskSources(actor), after, size + 1);
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        TaskInfo last = rows.get(size - 1);
        return new Page<>(rows.subList(0, size), Cursor.encode("tasks", last.id(),
                last.dueDate() == null ? NO_DUE_DATE : last.dueDate()));
    }

    @GET
    @Path("{id}")
    public TaskInfo read(@PathParam("id") long id, @Context SecurityContext caller) {
        TaskInfo task = tasks.get(id);
        Set<String> visible = modules.visibleTaskSources(CallerContext.actor(caller));
        if (visible != null && !visible.contains(task.source())) {
            throw new NotFoundException("Task", id);
        }
        return task;
    }

    @POST
    public Response create(NewTask task, @Context SecurityContext caller) {
        TaskInfo created = tasks.create(task, SOURCE, CallerContext.actor(caller));
        return Response.created(URI.create("/api/v1/tasks/" + created.id())).entity(created).build();
    }
}
