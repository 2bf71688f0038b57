package dev.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

class HealthServletTest {

    private static PluginHost.PluginStatus plugin(String id, boolean enabled, PluginHost.State state) {
        return new PluginHost.PluginStatus(id, "", "1.0.0", "", "", state, enabled, null, 0, null);
    }

    @Test
    void readyWhenTheDatabaseAnswersAndNoEnabledPluginIsStillStartingAFailedPluginNotWithstanding() {
        HealthServlet health = new HealthServlet(TestDatabase.get().dataSource(), () -> List.of(
                plugin("started", true, PluginHost.State.STARTED), plugin("failed", true, PluginHost.State.FAILED),
                plugin("switched-off", false, PluginHost.State.DISABLED)));

        assertThat(health.notReadyBecause()).isNull();
    }

    @Test
    void notReadyWhileAPluginStarts() {
        HealthServlet health = new HealthServlet(TestDatabase.get().dataSource(), () -> List.of(
                plugin("slow", true, PluginHost.State.STARTING), plugin("started", true, PluginHost.State.STARTED)));

        assertThat(health.notReadyBecause()).isEqualTo("Plugins still starting: slow");
    }

    @Test
    void notReadyWithoutTheDatabase() throws SQLException {
        HealthServlet health = new HealthServlet(new MariaDbDataSource("jdbc:mariadb://127.0.0.1:1/rapport?connectTimeout=500"),
                List::of);

        assertThat(health.notReadyBecause()).isEqualTo("The database does not answer");
    }
}
