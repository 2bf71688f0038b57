package dev.rapport.platform.task.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import dev.rapport.sdk.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TaskGridTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void marksTheRowsOfOverdueTasksOnly() {
        TaskGrid grid = new TaskGrid("tasks", ui.kernel().customers, WebSession.formats(), TODAY, List.of());

        assertThat(grid.getPartNameGenerator().apply(task(TODAY.minusDays(1)))).isEqualTo("overdue");
        assertThat(grid.getPartNameGenerator().apply(task(TODAY))).isNull();
        assertThat(grid.getPartNameGenerator().apply(task(null))).isNull();
    }

    @Test
    void aRowsActionIsNamedWithItsTaskForScreenReaders() {
        TaskGrid grid = new TaskGrid("tasks", ui.kernel().customers, WebSession.formats(), TODAY,
                List.of(new TaskGrid.Action("complete-task", "task.complete", task -> { })));
        grid.setItems(task(TODAY));

        var buttons = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions");
        var complete = (com.vaadin.flow.component.button.Button) buttons.getComponentAt(0);
        assertThat(complete.getText()).isEqualTo("Complete");
        assertThat(complete.getAriaLabel()).hasValue("Complete: Call back");
    }

    private static TaskInfo task(LocalDate due) {
        return new TaskInfo(1, "Call back", null, null, due, TaskPriority.NORMAL, TaskStatus.OPEN, null, null, "kernel",
                Instant.now(), null);
    }
}
