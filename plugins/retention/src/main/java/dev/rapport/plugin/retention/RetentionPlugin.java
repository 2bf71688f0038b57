package dev.rapport.plugin.retention;

import dev.rapport.plugin.retention.contract.AgreementCatchUp;
import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.letgo.Decisions;
import dev.rapport.plugin.retention.score.CustomerRefresh;
import dev.rapport.plugin.retention.score.Playbooks;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.plugin.retention.score.ScoringRun;
import dev.rapport.plugin.retention.signal.ServiceEvents;
import dev.rapport.plugin.retention.signal.SignalRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The retention plugin: RFM classes and churn risk bands as segment facets, customer value and predicted lifetime
 * value, churn risk with its reasons and a playbook for valuable customers at risk, and the customers to let go.
 * Wires its services; a scoring job rates every customer nightly, its listener keeps single customers fresh. On a
 * demo installation the scoring job runs at once and then daily (see {@link ScoringJob}), so its pages show something.
 */
public final class RetentionPlugin extends RapportPlugin {

    /** The seed of every random draw of the models (samples, training order): the same data give the same figures. */
    public static final String SEED_SETTING = "model.seed";
    private static final long DEFAULT_SEED = 20_261_207L;

    public RetentionPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        long seed = context.settings().getLong(SEED_SETTING, DEFAULT_SEED);
        ScoreRepository scores = new ScoreRepository(context.dsl());
        SignalRepository signals = new SignalRepository(context.dsl());
        ContractRepository contracts = new ContractRepository(context.dsl());
        Playbooks playbooks = new Playbooks(context, contracts);
        CustomerRefresh refresh = new CustomerRefresh(context, scores, signals, contracts, playbooks);
        context.provide(ScoreRepository.class, scores);
        context.provide(SignalRepository.class, signals);
        context.provide(ContractRepository.class, contracts);
        context.provide(AgreementCatchUp.class, new AgreementCatchUp(context));
        context.provide(CustomerRefresh.class, refresh);
        context.provide(ServiceEvents.class, new ServiceEvents(signals, contracts, context.money()));
        context.provide(ScoringRun.class, new ScoringRun(context, scores, signals, contracts, playbooks, seed));
        context.provide(Decisions.class, new Decisions(context, scores));
        context.logger().info("Retention started");
    }

    @Override
    public void stop() {
        context().logger().info("Retention stopped");
    }
}
