package dev.rapport.plugin.acquisition.demo;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_DEMO_STEP;

import dev.rapport.plugin.acquisition.support.Times;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The steps of the demo data, recorded in {@code acq_demo_step}: a step's data and its record are stored in one
 * transaction, so a step is either done and recorded or not there at all, and a start runs only the steps not done.
 */
final class DemoSteps {

    static final String RULES = "rules-and-segments";
    static final String FUNNEL = "funnel";
    static final String CONSENT = "consent";
    private static final List<String> ALL = List.of(RULES, FUNNEL, CONSENT);

    private final DSLContext dsl;
    private final Clock clock;
    private final Consumer<String> beforeRecording;

    DemoSteps(DSLContext dsl, Clock clock, Consumer<String> beforeRecording) {
        this.dsl = dsl;
        this.clock = clock;
        this.beforeRecording = beforeRecording;
    }

    boolean allDone() {
        return dsl.fetchCount(ACQ_DEMO_STEP, ACQ_DEMO_STEP.STEP.in(ALL)) == ALL.size();
    }

    /** Runs {@code work} and records {@code step} in one transaction, unless the step is recorded already. */
    void run(String step, Consumer<DSLContext> work) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(ACQ_DEMO_STEP, ACQ_DEMO_STEP.STEP.eq(step))) {
                return;
            }
            work.accept(tx);
            beforeRecording.accept(step);
            tx.insertInto(ACQ_DEMO_STEP).set(ACQ_DEMO_STEP.STEP, step)
                    .set(ACQ_DEMO_STEP.DONE_AT, Times.stored(clock.instant())).execute();
        });
    }
}
