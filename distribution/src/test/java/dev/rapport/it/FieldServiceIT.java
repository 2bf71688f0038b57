package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * A field day in a real browser: the dispatcher plans today with the solver (a background job with progress), moves
 * one visit to the other technician on the dispatch board (pinning it) and dispatches; the technician, on a
 * phone-sized window, opens the day's visits and completes the one that needs a part with the part used; the van's
 * stock goes down and the customer's 360° timeline shows the visit. Then maintenance: the dispatcher enters a plan due
 * the day after tomorrow, makes its due work order at once and follows the link to it. The technicians, parts and
 * work orders are set up in the plugin's tables beforehand (this module cannot call the plugin's classes, which live
 * in its zip).
 */
@ExtendWith(RapportBrowserExtension.class)
class FieldServiceIT {

    private static final ZoneId COMPANY_ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void theDispatcherPlansAndMovesAVisitAndTheTechnicianCompletesOneOnAPhone(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User dispatcher = server.account("it-fsd-dispatch-" + suffix, Role.MANAGER, "field");
        User tina = server.account("it-fsd-tina-" + suffix, Role.AGENT, "field");
        User udo = server.account("it-fsd-udo-" + suffix, Role.AGENT, "field");
        Customer customer = server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, "Hanna", "Heating" + suffix, null, LifecycleStage.CUSTOMER, null, "en", "EUR",
                "UTC", false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        FieldData data = new FieldData(server.platform().services().require(Database.class).dsl());
        data.setting("planning.timeLimitSeconds", "4");
        String skill = "boiler-" + suffix;
        data.technician(tina.id(), skill, 48.137, 11.575);
        data.technician(udo.id(), skill, 48.30, 11.90);
        long thermostat = data.part("TH-" + suffix, "Thermostat " + suffix);
        String van = "Van Tina " + suffix;
        data.stock(data.van(tina.id(), van), thermostat, 3);
        long swap = data.workOrder(customer.id(), "Thermostat swap", 48.14, 11.58, skill, thermostat);
        long check = data.workOrder(customer.id(), "Pressure check", 48.29, 11.89, skill, null);

        LoginPage.signIn(driver, server, dispatcher.username(), RapportServer.PASSWORD);
        FieldPages.DispatchBoard board = FieldPages.DispatchBoard.open(driver, server).planTheDay()
                .waitForJobOnRoute(swap, tina.id());
        long planned = board.isOnRoute(check, tina.id()) ? tina.id() : udo.id();
        board.waitForJobOnRoute(check, planned);
        User other = planned == tina.id() ? udo : tina;
        board.move(check, other.displayName()).waitForJobOnRoute(check, other.id());
        assertThat(data.pinned(check)).as("a moved visit is pinned").isTrue();
        board.dispatch();

        ShellPage.current(driver).signOut();
        driver.manage().window().setSize(new Dimension(390, 844));
        LoginPage.signIn(driver, server, tina.username(), RapportServer.PASSWORD);
        FieldPages.MyDay myDay = FieldPages.MyDay.open(driver, server);
        assertThat(myDay.shows(swap)).isTrue();
        assertThat(myDay.card(swap)).contains("Thermostat swap", "Hanna Heating" + suffix);
        assertThat(myDay.complete(swap, thermostat, 1, "Hanna Heating").card(swap)).contains("Completed");

        assertThat(FieldPages.Stock.open(driver, server).row(van)).as("location, part, on hand, reserved, free")
                .startsWith(van, "TH-" + suffix + " Thermostat " + suffix, "2", "0", "2");
        assertThat(Customer360Page.open(driver, server, customer.id())
                .timelineRowContaining("#" + swap + " Thermostat swap: Completed")).isNotEmpty();
    }

    @Test
    void aDispatcherPlansMaintenanceAndTheDueWorkOrderIsMadeAtOnce(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User dispatcher = server.account("it-fsd-plans-" + suffix, Role.MANAGER, "field");
        server.platform().services().require(CustomerService.class).create(new CustomerDraft(CustomerKind.PERSON,
                "Mia", "Mill" + suffix, null, LifecycleStage.CUSTOMER, null, "en", "EUR", "UTC", false, List.of(),
                List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        String title = "Boiler service " + suffix;

        LoginPage.signIn(driver, server, dispatcher.username(), RapportServer.PASSWORD);
        FieldPages.MaintenancePlans plans = FieldPages.MaintenancePlans.open(driver, server)
                .create("Mill" + suffix, "Mia Mill" + suffix, title, "Mill Lane 1", "heating", 365,
                        LocalDate.now(COMPANY_ZONE).plusDays(2));
        assertThat(plans.generateDue()).matches("[1-9]\\d* work orders made for visits due within \\d+ days");
        assertThat(plans.choose(title).firstWorkOrder()).endsWith(" " + title);
        assertThat(plans.openFirstWorkOrder().rowContaining(title)).contains("Mia Mill" + suffix, "Unscheduled");
    }

    /** Rows in the plugin's tables, written as the plugin would (times in UTC). */
    private record FieldData(DSLContext dsl) {

        void setting(String key, String value) {
            Table<?> settings = DSL.table(DSL.name("plugin_setting"));
            Field<Object> plugin = DSL.field(DSL.name("plugin_id"));
            Field<Object> name = DSL.field(DSL.name("setting_key"));
            dsl.deleteFrom(settings).where(plugin.eq("field-service"), name.eq(key)).execute();
            dsl.insertInto(settings, plugin, name, DSL.field(DSL.name("setting_value")))
                    .values("field-service", key, value).execute();
        }

        void technician(long userId, String skill, double lat, double lon) {
            dsl.insertInto(DSL.table(DSL.name("fsd_technician")))
                    .set(DSL.field(DSL.name("user_id")), userId).set(DSL.field(DSL.name("skills")), skill)
                    .set(DSL.field(DSL.name("home_label")), "Home").set(DSL.field(DSL.name("home_lat")), lat)
                    .set(DSL.field(DSL.name("home_lon")), lon)
                    .set(DSL.field(DSL.name("work_start")), LocalTime.of(0, 5))
                    .set(DSL.field(DSL.name("work_end")), LocalTime.of(23, 55))
                    .set(DSL.field(DSL.name("updated_at")), now()).execute();
        }

        long part(String sku, String name) {
            return insert("fsd_part", DSL.field(DSL.name("sku")), sku, DSL.field(DSL.name("name")), name,
                    DSL.field(DSL.name("unit_cost")), new BigDecimal("25.00"), DSL.field(DSL.name("currency")), "EUR");
        }

        long van(long technicianId, String name) {
            return insert("fsd_location", DSL.field(DSL.name("name")), name, DSL.field(DSL.name("kind")), "VAN",
                    DSL.field(DSL.name("technician_id")), technicianId);
        }

        void stock(long locationId, long partId, int onHand) {
            dsl.insertInto(DSL.table(DSL.name("fsd_stock"))).set(DSL.field(DSL.name("location_id")), locationId)
                    .set(DSL.field(DSL.name("part_id")), partId).set(DSL.field(DSL.name("on_hand")), onHand)
                    .set(DSL.field(DSL.name("updated_at")), now()).execute();
        }

        /** An unscheduled one-hour visit with today's whole day as window, needing one {@code partId} if given. */
        long workOrder(long customerId, String title, double lat, double lon, String skill, Long partId) {
            LocalDate today = LocalDate.now(COMPANY_ZONE);
            Object[] columns = {"customer_id", customerId, "title", title, "origin", "MANUAL",
                "site_address", title + " street 1", "site_lat", lat, "site_lon", lon, "skills", skill,
                "duration_min", 60, "window_start", utc(today.atTime(0, 30)), "window_end", utc(today.atTime(23, 30)),
                "priority", "NORMAL", "status", "UNSCHEDULED", "created_at", now(), "updated_at", now()};
            var insert = dsl.insertInto(DSL.table(DSL.name("fsd_work_order"))).set(DSL.field(DSL.name("version")), 0);
            for (int i = 0; i < columns.length; i += 2) {
                insert = insert.set(DSL.field(DSL.name((String) columns[i])), columns[i + 1]);
            }
            long id = insert.returningResult(DSL.field(DSL.name("id"), Long.class)).fetchOne().value1();
            if (partId != null) {
                dsl.insertInto(DSL.table(DSL.name("fsd_work_order_part"))).set(DSL.field(DSL.name("work_order_id")), id)
                        .set(DSL.field(DSL.name("part_id")), partId).set(DSL.field(DSL.name("quantity")), 1).execute();
            }
            return id;
        }

        boolean pinned(long workOrderId) {
            return Boolean.TRUE.equals(dsl.select(DSL.field(DSL.name("pinned"), Boolean.class))
                    .from(DSL.table(DSL.name("fsd_work_order"))).where(DSL.field(DSL.name("id")).eq(workOrderId))
                    .fetchOne().value1());
        }

        private long insert(String table, Field<Object> first, Object firstValue, Object... more) {
            var insert = dsl.insertInto(DSL.table(DSL.name(table))).set(first, firstValue);
            for (int i = 0; i < more.length; i += 2) {
                @SuppressWarnings("unchecked")
                Field<Object> field = (Field<Object>) more[i];
                insert = insert.set(field, more[i + 1]);
            }
            return insert.returningResult(DSL.field(DSL.name("id"), Long.class)).fetchOne().value1();
        }

        private static LocalDateTime now() {
            return LocalDateTime.now(ZoneOffset.UTC);
        }

        /** A wall-clock time of the company's zone as the UTC time the plugin stores. */
        private static LocalDateTime utc(LocalDateTime companyTime) {
            return companyTime.atZone(COMPANY_ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }
}
