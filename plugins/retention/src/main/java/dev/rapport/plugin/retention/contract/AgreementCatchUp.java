package dev.rapport.plugin.retention.contract;

import static dev.rapport.plugin.retention.db.Tables.RET_CATCH_UP;

import dev.rapport.plugin.retention.event.AgreementsWanted;
import dev.rapport.sdk.PluginContext;

/**
 * Asks once per installation for the service agreements that existed before retention listened (installed after the
 * service plugin, or upgraded after it announced them): publishes {@link AgreementsWanted}, to which the service plugin
 * answers with an {@code AgreementChanged} per customer agreement. Asked from the scoring job, which runs after the
 * plugin's listener was attached, so no answer can pass it by. The claim and the request are one transaction: asked
 * once however many nodes run the job.
 */
public final class AgreementCatchUp {

    static final String AGREEMENTS = "agreements";

    private final PluginContext context;

    public AgreementCatchUp(PluginContext context) {
        this.context = context;
    }

    /** Publishes the request unless it was made before; true when it was made now. */
    public boolean requestOnce() {
        boolean requested = context.dsl().transactionResult(configuration -> {
            int claimed = configuration.dsl().update(RET_CATCH_UP)
                    .set(RET_CATCH_UP.REQUESTED_AT, context.clock().instant())
                    .where(RET_CATCH_UP.NAME.eq(AGREEMENTS), RET_CATCH_UP.REQUESTED_AT.isNull()).execute();
            if (claimed == 1) {
                context.events().publish(configuration.dsl(), new AgreementsWanted());
            }
            return claimed == 1;
        });
        if (requested) {
            context.logger().info("Asked for the existing service agreements");
        }
        return requested;
    }
}
