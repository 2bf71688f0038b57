package dev.rapport.plugin.retention.score;

import static dev.rapport.plugin.retention.db.Tables.RET_PLAYBOOK;

import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The retention playbook: when a high-value customer (lifetime value in the top fifth) is in the high churn-risk band,
 * their owner gets one task naming the reasons and the value. One per stay in the band: the playbook row is the
 * guard (written in the task's transaction), removed when the customer leaves the band, so a later return starts a
 * new one. Customers without an owner get none (there is nobody to call them).
 */
public final class Playbooks {

    private static final Locale TASK_LANGUAGE = Locale.ENGLISH;
    private static final int DUE_IN_DAYS = 3;

    private final PluginContext context;
    private final ContractRepository contracts;

    public Playbooks(PluginContext context, ContractRepository contracts) {
        this.context = context;
        this.contracts = contracts;
    }

    /**
     * Starts or ends the customer's playbook as their new score says; true when a task was created.
     *
     * @param valueAtStake what the customer is worth keeping ({@link Scorer#valueAtStake})
     */
    public boolean consider(long customerId, Long ownerId, Score score, double valueAtStake, Models models,
                            String currency) {
        boolean high = score.band() == RiskBand.HIGH && valueAtStake >= models.valueThreshold();
        if (!high) {
            if (score.band() != RiskBand.HIGH) {
                context.dsl().deleteFrom(RET_PLAYBOOK).where(RET_PLAYBOOK.CUSTOMER_ID.eq(customerId)).execute();
            }
            return false;
        }
        if (ownerId == null || context.dsl().fetchExists(RET_PLAYBOOK, RET_PLAYBOOK.CUSTOMER_ID.eq(customerId))) {
            return false;
        }
        BigDecimal value = Amounts.stored(valueAtStake);
        LocalDate today = LocalDate.now(context.clock().withZone(ZoneOffset.UTC));
        String reasons = ReasonWords.of(context.i18n(), TASK_LANGUAGE, score.reasons(),
                contracts.notable(customerId, today).orElse(null), today);
        String title = context.i18n().get(TASK_LANGUAGE, "retention.playbook.title");
        String description = context.i18n().get(TASK_LANGUAGE, "retention.playbook.description",
                Math.round(score.churnRisk() * 100), currency + " " + value.toPlainString(),
                reasons.isEmpty() ? "-" : reasons);
        LocalDate due = today.plusDays(DUE_IN_DAYS);
        return context.dsl().transactionResult(configuration -> {
            var tx = configuration.dsl();
            int claimed = tx.insertInto(RET_PLAYBOOK).set(RET_PLAYBOOK.CUSTOMER_ID, customerId)
                    .set(RET_PLAYBOOK.TASK_ID, 0L).set(RET_PLAYBOOK.CHURN_RISK, score.churnRisk())
                    .set(RET_PLAYBOOK.CLV, value).set(RET_PLAYBOOK.STARTED_AT, context.clock().instant())
                    .onDuplicateKeyIgnore().execute();
            if (claimed == 0) {
                return false;
            }
            TaskInfo task = context.tasks().create(tx, new NewTask(title, description, customerId, due,
                    TaskPriority.HIGH, ownerId, null));
            tx.update(RET_PLAYBOOK).set(RET_PLAYBOOK.TASK_ID, task.id()).where(RET_PLAYBOOK.CUSTOMER_ID.eq(customerId))
                    .execute();
            return true;
        });
    }
}
