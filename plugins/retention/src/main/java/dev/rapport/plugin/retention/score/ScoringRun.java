package dev.rapport.plugin.retention.score;

import static dev.rapport.plugin.retention.db.Tables.RET_PLAYBOOK;
import static dev.rapport.plugin.retention.db.Tables.RET_SCORE;

import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.db.tables.records.RetScoreRecord;
import dev.rapport.plugin.retention.model.Quintiles;
import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.plugin.retention.signal.SignalRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.JobRun;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.jooq.impl.DSL;

/**
 * Scores every customer: walks all customers and transactions once through the SDK's history (pages by id), keeps
 * per-customer totals in primitive arrays (before the hold-out half year, and now), fits the models
 * ({@link ModelFitter}), then writes each customer's row, the RFM class and risk band facets, the class migration,
 * the value distribution and cohort figures ({@link Portfolio}) and the playbooks of high-value customers at high risk. Idempotent: a repeated run writes the same rows.
 */
public final class ScoringRun {

    public static final String RFM_FACET = "retention.rfm-class";
    public static final String RISK_FACET = "retention.risk-band";
    /** The most playbooks one run starts, the most valuable customers first; later runs start the rest. */
    public static final int MAX_PLAYBOOKS_PER_RUN = 200;
    private static final int WRITE_BATCH = 1_000;
    private static final int FACET_BATCH = 50_000;

    private final PluginContext context;
    private final ScoreRepository scores;
    private final SignalRepository signals;
    private final ContractRepository contracts;
    private final Playbooks playbooks;
    private final long seed;

    public ScoringRun(PluginContext context, ScoreRepository scores, SignalRepository signals,
                      ContractRepository contracts, Playbooks playbooks, long seed) {
        this.context = context;
        this.scores = scores;
        this.signals = signals;
        this.contracts = contracts;
        this.playbooks = playbooks;
        this.seed = seed;
    }

    /** What a run did. */
    public record Outcome(int customers, long transactions, int playbooksStarted, Models models) {
    }

    /** Runs, reporting progress to {@code run}; returns early (throwing) once it is cancelled. */
    public Outcome run(JobRun run) {
        Instant now = context.clock().instant();
        int today = (int) LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay() + 1;
        int cut = today - Totals.HALF_YEAR;
        Instant cutInstant = LocalDate.ofEpochDay(cut).atStartOfDay(ZoneOffset.UTC).toInstant();
        CustomerIndex index = new CustomerIndex();
        context.history().forEachCustomer(0, customer -> index.add(customer.id(), customer.ownerId()));
        int size = index.size();
        run.progress(0, size, context.i18n().get("retention.job.reading"));
        Amounts amounts = new Amounts(context.money(), context.customers().products());
        Totals calibration = new Totals(size, cut);
        Totals current = new Totals(size, today);
        double[] holdoutRevenue = new double[size];
        int[] holdoutPurchases = new int[size];
        long[] lastTransaction = new long[size];
        Cohorts cohorts = new Cohorts(size, today - 1);
        long[] transactions = {0};
        context.history().forEachTransaction(0, transaction -> {
            int row = index.row(transaction.customerId());
            if (row < 0) {
                return;
            }
            amounts.add(transaction, row, calibration, current);
            lastTransaction[row] = Math.max(lastTransaction[row], transaction.id());
            int sign = transaction.kind().revenueSign();
            if (sign > 0) {
                cohorts.purchase(row, (int) LocalDate.ofInstant(transaction.occurredAt(), ZoneOffset.UTC).toEpochDay());
            }
            if (sign != 0 && !transaction.occurredAt().isBefore(cutInstant)) {
                double amount = amounts.reportingAmount(transaction);
                holdoutRevenue[row] += Double.isNaN(amount) ? 0 : sign * amount;
                holdoutPurchases[row] += sign > 0 ? 1 : 0;
            }
            if (++transactions[0] % 100_000 == 0) {
                checkCancelled(run);
                run.progress(0, size, context.i18n().get("retention.job.transactions", transactions[0]));
            }
        });
        addAgreementEnds(index, calibration);
        addAgreementEnds(index, current);
        run.progress(0, size, context.i18n().get("retention.job.fitting"));
        ModelFitter.Inputs inputs = new ModelFitter.Inputs(index.ids(), size, calibration, current, holdoutRevenue,
                holdoutPurchases, signals.requestsInYearBefore(cutInstant), signals.openAt(cutInstant),
                amounts.reportingCurrency());
        Models models = new ModelFitter(seed).fit(inputs);
        Quintiles[] before = ModelFitter.quintiles(calibration, size);
        ValueDistribution distribution = new ValueDistribution(size);
        int started = write(run, index, calibration, current, lastTransaction, models, before, now, distribution);
        scores.saveModels(models, now);
        scores.savePortfolio(new Portfolio(distribution.customers(), distribution.marginShares(),
                distribution.lifetimeValueShares(), cohorts.table()), now);
        return new Outcome(size, transactions[0], started, models);
    }

    private int write(JobRun run, CustomerIndex index, Totals calibration, Totals current, long[] lastTransaction,
                      Models models, Quintiles[] before, Instant now, ValueDistribution distribution) {
        int size = index.size();
        Instant yearAgo = now.minus(Duration.ofDays(Totals.YEAR));
        boolean costKnown = signals.costKnown();
        Map<Long, BigDecimal> costs = costKnown ? signals.costs(yearAgo, now) : Map.of();
        Map<Long, Integer> requests = signals.requestsInYearBefore(now);
        Map<Long, Integer> open = signals.openAt(now);
        Models previous = new Models(models.currency(), calibration.cutOffDay(), before[0], before[1], before[2],
                null, null, null, 0, 0, 0, 0, 0, new double[0], Double.NaN, new double[0], seed);
        Map<String, Integer> migration = new TreeMap<>();
        PriorityQueue<double[]> candidates = new PriorityQueue<>((a, b) -> Double.compare(a[1], b[1]));
        List<RetScoreRecord> batch = new ArrayList<>(WRITE_BATCH);
        Map<Long, String> classes = new HashMap<>();
        Map<Long, String> bands = new HashMap<>();
        for (int row = 0; row < size; row++) {
            long id = index.id(row);
            Score score = Scorer.score(current, row, models, requests.getOrDefault(id, 0), open.getOrDefault(id, 0));
            RfmClass was = calibration.hasHistory(row) ? Scorer.rfmClass(calibration, row, previous) : RfmClass.NO_HISTORY;
            BigDecimal cost = costKnown ? costs.getOrDefault(id, BigDecimal.ZERO) : null;
            batch.add(ScoreRows.record(id, index.owner(row), models.currency(), current, row, score, was, cost,
                    lastTransaction[row], now));
            migration.merge(was.value() + ">" + score.rfmClass().value(), 1, Integer::sum);
            classes.put(id, score.rfmClass().value());
            if (current.hasHistory(row)) {
                distribution.add(current.margin(row), score.lifetimeValue());
            }
            if (score.band() != null) {
                bands.put(id, score.band().value());
            }
            double stake = Scorer.valueAtStake(current, row, score);
            if (score.band() == RiskBand.HIGH && stake >= models.valueThreshold() && index.owner(row) != null) {
                candidates.add(new double[] {row, stake});
                if (candidates.size() > MAX_PLAYBOOKS_PER_RUN) {
                    candidates.poll();
                }
            }
            if (batch.size() == WRITE_BATCH) {
                scores.upsert(batch);
                batch.clear();
                run.progress(row + 1, size, context.i18n().get("retention.job.writing"));
                checkCancelled(run);
            }
            if (classes.size() == FACET_BATCH) {
                flushFacets(classes, bands);
            }
        }
        scores.upsert(batch);
        flushFacets(classes, bands);
        scores.replaceMigration(migration);
        context.dsl().deleteFrom(RET_PLAYBOOK).where(RET_PLAYBOOK.CUSTOMER_ID.notIn(DSL.select(RET_SCORE.CUSTOMER_ID)
                .from(RET_SCORE).where(RET_SCORE.RISK_BAND.eq(RiskBand.HIGH.value())))).execute();
        int started = 0;
        for (double[] candidate : candidates) {
            int row = (int) candidate[0];
            long id = index.id(row);
            Score score = Scorer.score(current, row, models, requests.getOrDefault(id, 0), open.getOrDefault(id, 0));
            started += playbooks.consider(id, index.owner(row), score, candidate[1], models, models.currency()) ? 1 : 0;
        }
        run.progress(size, size, context.i18n().get("retention.job.done", size));
        return started;
    }

    /** Adds the service agreements' contract ends on the day before {@code totals}' cut-off to its rows. */
    private void addAgreementEnds(CustomerIndex index, Totals totals) {
        contracts.contractEnds(LocalDate.ofEpochDay(totals.cutOffDay() - 1L)).forEach((customerId, ends) -> {
            int row = index.row(customerId);
            if (row >= 0) {
                totals.addContractEnds(row, ends);
            }
        });
    }

    private void flushFacets(Map<Long, String> classes, Map<Long, String> bands) {
        context.segments().setFacets(RFM_FACET, classes);
        context.segments().setFacets(RISK_FACET, bands);
        classes.clear();
        bands.clear();
    }

    private static void checkCancelled(JobRun run) {
        if (run.isCancelled()) {
            throw new CancellationException("The scoring run was cancelled");
        }
    }
}
