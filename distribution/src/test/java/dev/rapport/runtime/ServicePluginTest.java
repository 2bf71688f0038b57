package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped customer service plugin in a real platform: it starts with its schema and contributions, and its first
 * start leaves a standard calendar, a default agreement and a queue for Customer Service, so requests can be opened
 * at once.
 */
class ServicePluginTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("ServicePluginTest", List.of(PluginZips.SERVICE), Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaScreensTabAndStarterAgreementAndQueue() {
        PluginHost.PluginStatus status = Plugins.status(platform, "service");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.error()).isNull();
        assertThat(Kernel.tables(platform)).contains("svc_calendar", "svc_agreement", "svc_agreement_target",
                "svc_queue", "svc_queue_member", "svc_request", "svc_request_event", "svc_handled_interaction", "svc_rma",
                "svc_survey");
        assertThat(Plugins.menuPaths(platform, "service")).containsExactly("service/queue", "service/returns",
                "service/admin");
        assertThat(Plugins.routeRegistered(platform, "service/queue")).isTrue();
        assertThat(Plugins.routeRegistered(platform, "service/admin")).isTrue();
        assertThat(Plugins.tabLabelKeys(platform, "service")).containsExactly("service.tab");
        DSLContext dsl = platform.service(Database.class).dsl();
        assertThat(dsl.fetchCount(DSL.table(DSL.name("svc_agreement")), DSL.field(DSL.name("customer_id")).isNull()))
                .as("the default agreement").isEqualTo(1);
        assertThat(dsl.fetchCount(DSL.table(DSL.name("svc_queue")))).as("the Customer Service queue").isEqualTo(1);
    }
}
