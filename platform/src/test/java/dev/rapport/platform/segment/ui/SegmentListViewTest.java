package dev.rapport.platform.segment.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.segment.SegmentFacetRegistry;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.web.security.AccessDeniedView;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFacet;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.platform.user.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SegmentListViewTest {

    private static final Kernel KERNEL = new Kernel();
    /** A bound of 2, so a segment of three customers shows "2+". */
    private final SegmentFacetRegistry facets = new SegmentFacetRegistry(new PluginHealth());
    private final SegmentService segments = new SegmentService(KERNEL.dsl, KERNEL.clock, KERNEL.customers, facets,
            KERNEL.audit, 2);

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(SegmentService.class, segments));

    private final String prefix = Kernel.unique("SegUi");

    private long customer(String name) {
        return KERNEL.customers.create(new CustomerDraft(CustomerKind.ORGANISATION, null, null, prefix + " " + name,
                LifecycleStage.CUSTOMER, null, "en", "EUR", "Europe/Berlin", false, List.of(), List.of(), List.of(),
                Set.of(), null), Actor.SYSTEM).id();
    }

    private SegmentFilter byPrefix() {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, Set.of(), null, null, null, List.of());
    }

    private Grid<SegmentInfo> grid() {
        @SuppressWarnings("unchecked")
        Grid<SegmentInfo> grid = _get(Grid.class, spec -> spec.withId("segments"));
        return grid;
    }

    private int row(String name) {
        List<SegmentInfo> rows = _findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private String members(String name) {
        return _getFormatted(grid(), row(name), "members");
    }

    private Button deleteButton(String name) {
        var actions = GridKt._getCellComponent(grid(), row(name), "actions");
        return (Button) actions.getChildren().filter(child -> child.getId().orElse("").startsWith("segment-delete-"))
                .findFirst().orElseThrow();
    }

    @Test
    void listsSegmentsWithTheirBoundedCounts() {
        customer("A");
        customer("B");
        customer("C");
        String three = Kernel.unique("Three ");
        segments.save(SegmentDefinition.newShared(three, byPrefix()), ui.actor());
        String none = Kernel.unique("None ");
        segments.save(SegmentDefinition.newShared(none, new SegmentFilter(prefix + "nobody", null, null, null, false,
                null, null, null, null, null)), ui.actor());

        ui.open("segments");

        assertThat(members(three)).isEqualTo("2+");
        assertThat(members(none)).isEqualTo("0");
    }

    @Test
    void createsASegmentAfterShowingTheErrorsOnItsFieldsAndAPreview() {
        long first = customer("First");
        customer("Second");
        customer("Third");
        facets.add("retention", facet());
        ui.open("segments");
        _click(_get(Button.class, spec -> spec.withId("segment-new")));

        _setValue(_get(TextField.class, spec -> spec.withId("segment-name-prefix")), "x".repeat(101));
        _click(_get(Button.class, spec -> spec.withId("segment-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("segment-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required.");
        assertThat(_get(TextField.class, spec -> spec.withId("segment-name-prefix")).getErrorMessage())
                .isEqualTo("At most 100 characters.");

        _setValue(_get(TextField.class, spec -> spec.withId("segment-name-prefix")), prefix);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<FacetValue> rfm = _get(MultiSelectComboBox.class,
                spec -> spec.withId("segment-facet-retention.rfm-class"));
        assertThat(rfm.getLabel()).as("the facet of the running plugin").isNotBlank();
        _click(_get(Button.class, spec -> spec.withId("segment-preview-button")));
        assertThat(_get(Span.class, spec -> spec.withId("segment-preview-count")).getText()).startsWith("2+ customers");
        @SuppressWarnings("unchecked")
        Grid<CustomerInfo> preview = _get(Grid.class, spec -> spec.withId("segment-preview"));
        assertThat(_findAll(preview)).extracting(CustomerInfo::id).startsWith(first);

        String segmentName = Kernel.unique("Created ");
        _setValue(name, segmentName);
        _click(_get(Button.class, spec -> spec.withId("segment-save")));

        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("segment-dialog"))).isEmpty();
        SegmentInfo saved = segments.list(ui.actor()).stream().filter(s -> s.name().equals(segmentName)).findFirst()
                .orElseThrow();
        assertThat(saved.filter().namePrefix()).isEqualTo(prefix);
        assertThat(members(segmentName)).isEqualTo("2+");
    }

    @Test
    void deletesASegmentOnlyAfterConfirmation() {
        String doomed = Kernel.unique("Doomed ");
        long id = segments.save(SegmentDefinition.newShared(doomed, byPrefix()), ui.actor());
        ui.open("segments");

        _click(deleteButton(doomed));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(segments.find(id, ui.actor())).isPresent();

        _click(deleteButton(doomed));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("segment-delete-confirm")));
        assertThat(segments.find(id, ui.actor())).isEmpty();
        assertThat(_findAll(grid())).extracting(SegmentInfo::name).doesNotContain(doomed);
    }

    @Test
    void agentsAreDeniedThePage() {
        ui.actAs(ui.kernel().newActor(Role.AGENT, "sales"));
        ui.open("segments");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    private static SegmentFacet facet() {
        return new SegmentFacet() {
            @Override
            public String key() {
                return "retention.rfm-class";
            }

            @Override
            public String labelKey() {
                return "segments.title";
            }

            @Override
            public List<FacetValue> values() {
                return List.of(new FacetValue("champions", "segments.sharedYes"));
            }
        };
    }
}
