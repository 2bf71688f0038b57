package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.plugin.retention.signal.SignalRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Scores one customer again from their own transactions (read through the customer directory, newest first) with the
 * models of the last run: what a recorded transaction or a service event triggers, so the customer's RFM class,
 * value and risk are fresh within seconds. Without a run yet, it waits for the first one (nothing to score with).
 */
public final class CustomerRefresh {

    private static final int PAGE = 500;

    private final PluginContext context;
    private final ScoreRepository scores;
    private final SignalRepository signals;
    private final ContractRepository contracts;
    private final Playbooks playbooks;
    private volatile Models cached;

    public CustomerRefresh(PluginContext context, ScoreRepository scores, SignalRepository signals,
                           ContractRepository contracts, Playbooks playbooks) {
        this.context = context;
        this.scores = scores;
        this.signals = signals;
        this.contracts = contracts;
        this.playbooks = playbooks;
    }

    /** Forgets the cached models, after a run fitted new ones. */
    public void modelsChanged() {
        cached = null;
    }

    /** Scores the customer again; returns their new scores, or empty without models or without the customer. */
    public Optional<Score> refresh(long customerId) {
        Optional<Models> models = models();
        Optional<CustomerInfo> customer = context.customers().find(customerId);
        if (models.isEmpty() || customer.isEmpty()) {
            if (customer.isEmpty()) {
                scores.delete(customerId);
            }
            return Optional.empty();
        }
        Instant now = context.clock().instant();
        int today = (int) LocalDate.ofInstant(now, ZoneOffset.UTC).toEpochDay() + 1;
        Totals totals = new Totals(1, today);
        Amounts amounts = new Amounts(context.money(), context.customers().products());
        long lastId = 0;
        TransactionInfo after = null;
        List<TransactionInfo> page;
        do {
            page = context.customers().transactions(customerId, after, PAGE);
            for (TransactionInfo transaction : page) {
                amounts.add(transaction, 0, totals);
                lastId = Math.max(lastId, transaction.id());
            }
            after = page.isEmpty() ? null : page.getLast();
        } while (page.size() == PAGE);
        totals.addContractEnds(0, contracts.contractEnds(customerId, LocalDate.ofEpochDay(today - 1L)));
        int[] requests = signals.customerRequests(customerId, now);
        Score score = Scorer.score(totals, 0, models.get(), requests[0], requests[1]);
        BigDecimal cost = signals.costKnown() ? signals.cost(customerId, now.minus(Duration.ofDays(Totals.YEAR)), now) : null;
        RfmClass previous = scores.find(customerId).map(StoredScore::previousClass).orElse(null);
        Long owner = customer.get().ownerId();
        scores.upsert(List.of(ScoreRows.record(customerId, owner, models.get().currency(), totals, 0, score, previous,
                cost, lastId, now)));
        context.segments().setFacet(customerId, ScoringRun.RFM_FACET, score.rfmClass().value());
        if (score.band() == null) {
            context.segments().clearFacet(customerId, ScoringRun.RISK_FACET);
        } else {
            context.segments().setFacet(customerId, ScoringRun.RISK_FACET, score.band().value());
        }
        if (totals.hasHistory(0)) {
            playbooks.consider(customerId, owner, score, Scorer.valueAtStake(totals, 0, score), models.get(),
                    models.get().currency());
        }
        context.customerViews().refresh(customerId);
        return Optional.of(score);
    }

    private Optional<Models> models() {
        Models known = cached;
        if (known == null) {
            known = scores.models().orElse(null);
            cached = known;
        }
        return Optional.ofNullable(known);
    }
}
