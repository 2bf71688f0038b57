package dev.rapport.platform.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Documents tab of the 360° view: listed with a named download per row; upload and delete for editors only. */
class CustomerDocumentsPanelTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final Actor agent = ui.kernel().newActor(Role.AGENT, "sales");
    private final Customer customer = ui.kernel().customers.create(person("Dora", unique("Docs")), agent);

    private void openDocumentsTab() {
        ui.open("customers/" + customer.id());
        _get(TabSheet.class, spec -> spec.withId("customer-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-documents")));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DocumentInfo> grid() {
        return _get(Grid.class, spec -> spec.withId("customer-documents"));
    }

    @Test
    void listsTheCustomersDocumentsAndAnEditorDeletesOneAfterConfirming() {
        DocumentInfo notes = ui.kernel().customerDocuments.attach(customer.id(), "notes.txt",
                new ByteArrayInputStream("Call notes".getBytes(StandardCharsets.UTF_8)), agent);
        ui.actAs(agent);
        openDocumentsTab();

        assertThat(_findAll(grid())).hasSize(1);
        assertThat(_findAll(grid()).getFirst().fileName()).isEqualTo("notes.txt");
        assertThat(_get(Upload.class, spec -> spec.withId("document-upload")).isVisible()).isTrue();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) _getCellComponent(grid(), 0, "actions");
        Anchor download = (Anchor) actions.getComponentAt(0);
        assertThat(download.getElement().getAttribute("aria-label")).isEqualTo("Download notes.txt");
        Button delete = (Button) actions.getComponentAt(1);
        assertThat(delete.getId()).hasValue("delete-document-" + notes.id());

        _click(delete);
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("delete-document-dialog")));

        assertThat(_findAll(grid())).isEmpty();
    }

    @Test
    void aReadOnlyUserSeesTheListButNoUploadOrDelete() {
        DocumentInfo notes = ui.kernel().customerDocuments.attach(customer.id(), "notes.txt",
                new ByteArrayInputStream("Call notes".getBytes(StandardCharsets.UTF_8)), agent);
        ui.actAs(ui.kernel().newActor(Role.READ_ONLY));
        openDocumentsTab();

        assertThat(_findAll(grid())).hasSize(1);
        assertThat(_find(Upload.class, spec -> spec.withId("document-upload"))).isEmpty();
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) _getCellComponent(grid(), 0, "actions");
        assertThat(actions.getComponentCount()).as("a download, no delete").isEqualTo(1);
        assertThat(actions.getComponentAt(0).getId()).hasValue("download-document-" + notes.id());
    }
}
