package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.PLUGIN_SETTING;

import dev.rapport.platform.persistence.ConflictRetry;
import dev.rapport.sdk.DemoDataOutcome;
import java.time.Clock;
import org.jooq.DSLContext;
import org.slf4j.Logger;

/**
 * {@link dev.rapport.sdk.PluginContext#makeDemoDataOnce}: the plugin's setting {@code demo.generated} is the claim.
 * It is taken with one {@code INSERT IGNORE} on the setting's primary key, so of several nodes starting together
 * exactly one inserts the row and makes the data; its value then tells an administrator what happened.
 */
final class DemoDataOnce {

    static final String KEY = "demo.generated";
    private static final int MAX_VALUE = 10_000;

    private final DSLContext dsl;
    private final Clock clock;
    private final String pluginId;
    private final Logger logger;

    DemoDataOnce(DSLContext dsl, Clock clock, String pluginId, Logger logger) {
        this.dsl = dsl;
        this.clock = clock;
        this.pluginId = pluginId;
        this.logger = logger;
    }

    DemoDataOutcome make(Runnable maker) {
        if (!claim()) {
            return DemoDataOutcome.CLAIMED_BEFORE;
        }
        long started = System.nanoTime();
        try {
            maker.run();
        } catch (RuntimeException e) {
            logger.warn("The demo data could not be made completely; what was made stays and it is not tried again", e);
            record("failed at " + clock.instant() + ": " + e);
            return DemoDataOutcome.FAILED;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        logger.info("Demo data ready in {} ms", millis);
        record("made at " + clock.instant() + " in " + millis + " ms");
        return DemoDataOutcome.MADE;
    }

    /**
     * Takes the claim. InnoDB may answer two racing inserts of one key with a deadlock (both wait on the other's gap
     * lock); the loser is retried, and then finds the winner's row.
     */
    private boolean claim() {
        return ConflictRetry.run("claiming the demo data of " + pluginId, () -> dsl.insertInto(PLUGIN_SETTING)
                .set(PLUGIN_SETTING.PLUGIN_ID, pluginId).set(PLUGIN_SETTING.SETTING_KEY, KEY)
                .set(PLUGIN_SETTING.SETTING_VALUE, "making since " + clock.instant())
                .onDuplicateKeyIgnore().execute() == 1);
    }

    private void record(String outcome) {
        String value = outcome.length() > MAX_VALUE ? outcome.substring(0, MAX_VALUE) : outcome;
        dsl.update(PLUGIN_SETTING).set(PLUGIN_SETTING.SETTING_VALUE, value).where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId))
                .and(PLUGIN_SETTING.SETTING_KEY.eq(KEY)).execute();
    }
}
