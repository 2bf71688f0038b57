package dev.rapport.plugin.upsell.offer;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.LocalTime;
import org.pf4j.Extension;

/** Mines the association rules nightly (and when a manager asks), then makes the offers use them. */
@Extension
public final class MiningJob implements BackgroundJob {

    public static final String ID = "mine-offers";

    private final OfferMiner miner;
    private final OfferService offers;

    public MiningJob(OfferMiner miner, OfferService offers) {
        this.miner = miner;
        this.offers = offers;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "upsell.job.mine";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(2, 30));
    }

    @Override
    public void run(JobRun run) {
        try {
            OfferMiner.Result result = miner.run(run::isCancelled, run::progress);
            run.progress(result.customers(), result.customers(), result.rules() + " rules");
            offers.reload();
        } catch (java.util.concurrent.CancellationException e) {
            // The run was cancelled: the stored rules stay as they were.
        }
    }
}
