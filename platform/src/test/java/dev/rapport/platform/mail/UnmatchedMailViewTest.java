package dev.rapport.platform.mail;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.UnmatchedMailActions;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.extension.UnmatchedMailAction;
import dev.rapport.sdk.security.Department;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unmatched-mail page offers a plugin's action (here a stand-in for acquisition's "Turn into a lead") for the
 * departments that use the plugin only; clicking it hands the mail over once and takes it off the list.
 */
class UnmatchedMailViewTest {

    private static final String PLUGIN = "leadmaker";

    @RegisterExtension
    static final GreenMailExtension server = MailFixture.server();
    @TempDir
    static Path dataDir;

    private final Kernel kernel = new Kernel();
    private final MailFixture mail = new MailFixture(kernel, dataDir);
    private final UnmatchedMailActions actions = new UnmatchedMailActions();
    private final List<UnmatchedMailAction.Mail> handedOver = new ArrayList<>();

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(EmailService.class, mail.emails)
            .register(UnmatchedMailActions.class, actions).register(PluginHealth.class, new PluginHealth()));

    @SuppressWarnings("unchecked")
    private static Grid<StoredEmail> grid() {
        return _get(Grid.class, spec -> spec.withId("unmatched-mail"));
    }

    private static List<String> handOverButtons(Component cell) {
        return cell.getChildren().filter(Button.class::isInstance)
                .filter(button -> button.hasClassName("unmatched-hand-over")).map(b -> ((Button) b).getText()).toList();
    }

    @Test
    void aPluginsActionIsOfferedWhereTheDepartmentUsesItAndHandsTheMailOverOnce() throws Exception {
        actions.add(PLUGIN, new UnmatchedMailAction() {
            @Override
            public String labelKey() {
                return "unmatched.assignButton";
            }

            @Override
            public String apply(Mail received) {
                handedOver.add(received);
                return "lead 1 made";
            }
        });
        MailAccount account = mail.connect(server, ui.actor());
        String stranger = unique("prospect").toLowerCase() + "@nowhere.example";
        mail.deliver(stranger, "Can you send a quote?", "Ten lamps, please.");
        mail.poller(kernel.dsl, MailLimits.DEFAULT).poll(account, () -> false);
        Department service = kernel.departments.findByCode("service").orElseThrow();
        Department sales = kernel.departments.findByCode("sales").orElseThrow();
        ui.modules().setDepartments(PLUGIN, Set.of(sales.id()), ui.actor());

        ui.open("mail/unmatched");
        @SuppressWarnings("unchecked")
        Select<Department> department = _get(Select.class, spec -> spec.withId("unmatched-department"));
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == service.id()).findFirst()
                .orElseThrow());
        int row = _findAll(grid()).stream().map(StoredEmail::from).toList().indexOf(stranger);
        assertThat(row).as("the stranger's mail is listed").isNotNegative();
        assertThat(handOverButtons(_getCellComponent(grid(), row, "assign"))).as("service does not use the plugin")
                .isEmpty();

        ui.modules().setDepartments(PLUGIN, Set.of(sales.id(), service.id()), ui.actor());
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == sales.id()).findFirst()
                .orElseThrow());
        _setValue(department, department.getListDataView().getItems().filter(d -> d.id() == service.id()).findFirst()
                .orElseThrow());
        Component cell = _getCellComponent(grid(), row, "assign");
        assertThat(handOverButtons(cell)).containsExactly("Assign");
        Button action = cell.getChildren().filter(c -> c.hasClassName("unmatched-hand-over")).map(Button.class::cast)
                .findFirst().orElseThrow();
        _click(action);

        assertThat(handedOver).singleElement().satisfies(received -> {
            assertThat(received.fromAddress()).isEqualTo(stranger);
            assertThat(received.departmentId()).isEqualTo(service.id());
        });
        assertThat(_findAll(grid())).extracting(StoredEmail::from).doesNotContain(stranger);
    }
}
