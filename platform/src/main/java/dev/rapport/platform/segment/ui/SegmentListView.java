package dev.rapport.platform.segment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentInfo;

/**
 * The saved customer segments every plugin shares, with their bounded member counts ("10,000+" above the bound);
 * managers and administrators create, change and delete them.
 */
@Route(value = "segments", layout = MainLayout.class)
@RequiresRole(Role.MANAGER)
public class SegmentListView extends VerticalLayout implements HasDynamicTitle {

    private final SegmentService segments;
    private final ProductCatalog products;
    private final UserDirectory users;
    private final Formats formats = WebSession.formats();
    private final Grid<SegmentInfo> grid = new Grid<>();

    public SegmentListView(SegmentService segments, ProductCatalog products, UserDirectory users) {
        this.segments = segments;
        this.products = products;
        this.users = users;
        setSizeFull();
        H2 title = new H2(getTranslation("segments.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button create = new Button(getTranslation("segments.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        create.setId("segment-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        grid.setId("segments");
        grid.addColumn(SegmentInfo::name).setHeader(getTranslation("segments.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(segment -> segment.description() == null ? "" : segment.description())
                .setHeader(getTranslation("segments.description")).setFlexGrow(3);
        grid.addColumn(segment -> getTranslation(segment.shared() ? "segments.sharedYes" : "segments.sharedNo"))
                .setHeader(getTranslation("segments.shared")).setAutoWidth(true);
        grid.addColumn(segment -> count(segment.id())).setHeader(getTranslation("segments.members")).setKey("members")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(header, grid);
        expand(grid);
        refresh();
    }

    private String count(long segmentId) {
        try {
            return display(segments.count(segmentId, WebSession.actor()), formats);
        } catch (NotFoundException e) {
            return "";
        }
    }

    static String display(SegmentCount count, Formats formats) {
        return formats.number(count.value()) + (count.atLeast() ? "+" : "");
    }

    private HorizontalLayout actions(SegmentInfo segment) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> openEditor(segment));
        edit.setId("segment-edit-" + segment.id());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("segments.edit"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(segment));
        delete.setId("segment-delete-" + segment.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("segments.delete"));
        return new HorizontalLayout(edit, delete);
    }

    private void openEditor(SegmentInfo segment) {
        new SegmentEditorDialog(segments, products, users, segment, this::refresh).open();
    }

    private void confirmDelete(SegmentInfo segment) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("segments.delete"),
                getTranslation("segments.deleteQuestion", segment.name()), getTranslation("segments.delete"), event -> {
                    try {
                        segments.delete(segment.id(), WebSession.actor());
                        Notifications.success(getTranslation("segments.deleted", segment.name()));
                    } catch (NotFoundException e) {
                        Notifications.error(getTranslation("segments.gone"));
                    }
                    refresh();
                });
        confirm.setId("segment-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.open();
    }

    private void refresh() {
        grid.setItems(segments.list(WebSession.actor()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.title") + " · " + getTranslation("app.name");
    }
}
