package dev.rapport.plugin.acquisition.testing;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ASSIGNMENT_RULE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ROUND_ROBIN;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_SCORING_RULE;

import dev.rapport.plugin.acquisition.AcquisitionPlugin;
import java.util.UUID;

/**
 * The acquisition plugin started against a {@link TestContext}, as the platform starts it, with no scoring or
 * assignment rules unless the test makes some (rules are global: each test starts without any).
 */
public final class TestPlugin {

    public final TestContext context = new TestContext();

    public TestPlugin() {
        clearRules();
        context.kernel.settingValues.put("scoring.defaults.installed", "true");
        new AcquisitionPlugin(context).start();
    }

    public <T> T service(Class<T> type) {
        T service = context.provided(type);
        if (service == null) {
            throw new IllegalArgumentException("The plugin provides no " + type.getSimpleName());
        }
        return service;
    }

    private void clearRules() {
        var dsl = PluginDatabase.dsl();
        dsl.deleteFrom(ACQ_SCORING_RULE).execute();
        dsl.deleteFrom(ACQ_ASSIGNMENT_RULE).execute();
        dsl.deleteFrom(ACQ_ROUND_ROBIN).execute();
    }

    /** A text unique to one test, for emails and names that keep tests apart in the shared database. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
