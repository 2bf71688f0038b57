package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Counts the notes and the customers who have some, page by page, started by a user from the latest-notes page
 * (which shows its progress live and lets them cancel it): the example of a job started from a plugin's UI.
 */
@Extension
public final class NotesSummaryJob implements BackgroundJob {

    static final String ID = "summary";
    private static final int PAGE = 500;

    private final PluginContext context;
    private final NoteRepository notes;

    public NotesSummaryJob(PluginContext context) {
        this.context = context;
        this.notes = new NoteRepository(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "account-notes.summary.job";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.onDemand();
    }

    @Override
    public void run(JobRun run) {
        long counted = 0;
        Set<Long> customers = new HashSet<>();
        Note after = null;
        while (!run.isCancelled()) {
            List<Note> page = notes.latest(after, PAGE);
            for (Note note : page) {
                customers.add(note.customerId());
            }
            counted += page.size();
            if (page.size() < PAGE) {
                break;
            }
            after = page.getLast();
            run.progress(counted, 0, message("account-notes.summary.counting", counted));
        }
        run.progress(counted, counted, message("account-notes.summary.result", counted, customers.size()));
    }

    /** Job messages are stored once for everyone: in English, as the platform's own job texts. */
    private String message(String key, Object... arguments) {
        return context.i18n().get(Locale.ENGLISH, key, arguments);
    }
}
