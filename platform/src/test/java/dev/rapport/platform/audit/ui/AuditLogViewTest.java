package dev.rapport.platform.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._doubleClickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administrators' audit log page: its filters find entries by day, action, who and record; it loads
 * page after page, newest first; and nothing on it changes an entry. (That other roles are refused the page
 * is in {@code AccessControlTest}, that the service refuses them in {@code PermissionsTest}.)
 *
 * <p>The entries are written with a clock of this test, on days in 2003 no other test writes on, so the
 * day filters see only them; the zone of the days is the session's ({@link KaribuUi#BROWSER_ZONE}, UTC+3 in
 * summer), hence the times at noon UTC.
 */
class AuditLogViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final TestClock clock = new TestClock(Instant.EPOCH);
    private final AuditLog audit = new AuditLog(ui.kernel().dsl, clock);

    private AuditLog at(Instant when) {
        clock.advance(Duration.between(clock.instant(), when));
        return audit;
    }

    private static Instant noonUtc(LocalDate day) {
        return day.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-entries"));
    }

    private static <V> void set(Class<? extends Component> type, String id, V value) {
        @SuppressWarnings("unchecked")
        HasValue<?, V> field = (HasValue<?, V>) _get(type, spec -> spec.withId(id));
        _setValue(field, value);
    }

    private static List<String> detailsShown() {
        return _findAll(grid()).stream().map(AuditEntry::details).toList();
    }

    @Test
    void findsEntriesByDayByActionByWhoAndByRecord() {
        LocalDate monday = LocalDate.of(2003, 5, 5);
        Actor ann = ui.kernel().newActor(Role.MANAGER, "sales");
        Actor bob = ui.kernel().newActor(Role.AGENT, "sales");
        String annsCustomer = unique("");
        String bobsCustomer = unique("");
        at(noonUtc(monday)).record(ann, AuditAction.CUSTOMER_UPDATED, "customer", annsCustomer, "firstName: Ann → Anna");
        at(noonUtc(monday).plusSeconds(60)).record(bob, AuditAction.CUSTOMERS_EXPORTED, null, null, "42 customers");
        at(noonUtc(monday.plusDays(1))).record(bob, AuditAction.CUSTOMER_UPDATED, "customer", bobsCustomer, "stage: LEAD → CUSTOMER");
        at(noonUtc(monday.plusDays(2))).recordAnonymous("mallory", AuditAction.SIGN_IN_FAILED, "user", "mallory", null,
                "192.0.2.7");
        at(noonUtc(monday.plusDays(3))).record(ann, AuditAction.CUSTOMER_UPDATED, "customer", annsCustomer, "the day after");

        ui.open("admin/audit");
        set(DatePicker.class, "audit-from", monday);
        set(DatePicker.class, "audit-to", monday.plusDays(2));

        assertThat(detailsShown()).as("the three days, newest first")
                .containsExactly(null, "stage: LEAD → CUSTOMER", "42 customers", "firstName: Ann → Anna");
        assertThat(_getFormattedRow(grid(), 0)).containsExactly(ui.formats().dateTime(noonUtc(monday.plusDays(2))),
                "mallory", "Sign-in failed", "user mallory", "", "192.0.2.7");
        assertThat(_getFormattedRow(grid(), 3)).containsExactly(ui.formats().dateTime(noonUtc(monday)),
                ann.displayName(), "Customer changed", "customer " + annsCustomer, "firstName: Ann → Anna", "");

        set(ComboBox.class, "audit-action", AuditAction.CUSTOMER_UPDATED);
        assertThat(detailsShown()).as("changes of customers").containsExactly("stage: LEAD → CUSTOMER", "firstName: Ann → Anna");

        set(TextField.class, "audit-actor", ann.displayName().substring(0, ann.displayName().length() - 3));
        assertThat(detailsShown()).as("Ann's changes of customers").containsExactly("firstName: Ann → Anna");

        set(ComboBox.class, "audit-action", null);
        set(TextField.class, "audit-actor", "");
        set(TextField.class, "audit-subject", " " + bobsCustomer + " ");
        assertThat(detailsShown()).as("what concerns Bob's customer").containsExactly("stage: LEAD → CUSTOMER");

        set(TextField.class, "audit-subject", "");
        set(DatePicker.class, "audit-from", null);
        set(DatePicker.class, "audit-to", monday);
        set(TextField.class, "audit-actor", bob.displayName());
        assertThat(detailsShown()).as("what Bob did until Monday").containsExactly("42 customers");
    }

    @Test
    void loadsPageAfterPageNewestFirstAlsoWhereEntriesShareTheirTime() {
        Actor clerk = ui.kernel().newActor(Role.AGENT, "service");
        Instant start = noonUtc(LocalDate.of(2003, 6, 2));
        int count = 130;
        List<String> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Three entries a minute: pages end inside a group of entries of the same time. Negative ids: no real
            // customer's entries (other tests' in this database) are mistaken for these.
            at(start.plus(Duration.ofMinutes(i / 3))).record(clerk, AuditAction.CUSTOMER_CREATED, "customer", -1 - i,
                    "entry " + i);
            written.add("entry " + i);
        }

        ui.open("admin/audit");
        set(TextField.class, "audit-actor", clerk.displayName());
        int pageSize = grid().getPageSize();
        assertThat(count).as("more than two pages").isGreaterThan(2 * pageSize);
        List<String> scrolled = new ArrayList<>();
        for (int offset = 0; offset < count; offset += pageSize) {
            _fetch(grid(), offset, pageSize).forEach(entry -> scrolled.add(entry.details()));
        }

        assertThat(scrolled).containsExactlyElementsOf(written.reversed());
        assertThat(_size(grid())).isEqualTo(count);
        assertThat(ui.kernel().audit.search(new AuditFilter(null, null, null, clerk.displayName(), null, null), null,
                count + 1, ui.actor())).extracting(AuditEntry::details).containsExactlyElementsOf(scrolled);
    }

    @Test
    void nothingOnThePageChangesOrDeletesAnEntry() {
        Actor clerk = ui.kernel().newActor(Role.AGENT, "service");
        String customer = unique("");
        at(noonUtc(LocalDate.of(2003, 7, 7))).record(clerk, AuditAction.CUSTOMER_UPDATED, "customer", customer,
                "notes: old → new");
        AuditFilter ofTheCustomer = new AuditFilter(null, null, null, null, "customer", customer);
        List<AuditEntry> before = ui.kernel().audit.search(ofTheCustomer, null, 10, ui.actor());

        ui.open("admin/audit");
        set(TextField.class, "audit-subject", customer);
        AuditLogView view = _get(AuditLogView.class);
        assertThat(_findAll(grid())).hasSize(1);
        _clickItem(grid(), 0);
        _doubleClickItem(grid(), 0);

        assertThat(getCurrentPath()).isEqualTo("admin/audit");
        assertThat(_find(Dialog.class)).as("no editor opens").isEmpty();
        assertThat(Stream.of(Button.class, Anchor.class, ContextMenu.class)
                .flatMap(type -> _find(view, type).stream()).collect(Collectors.toList()))
                .as("buttons, links and menus on the page").isEmpty();
        assertThat(_find(view, Component.class).stream().filter(HasValue.class::isInstance).map(Component::getId)
                .map(id -> id.orElse("?")).toList()).as("the only inputs: the filters")
                .containsExactlyInAnyOrder("audit-from", "audit-to", "audit-action", "audit-actor", "audit-subject");
        assertThat(ui.kernel().audit.search(ofTheCustomer, null, 10, ui.actor())).isEqualTo(before);
    }
}
