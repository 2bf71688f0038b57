package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** How many account notes were written in a period: a measure of how well customer knowledge is captured. */
@Extension
public final class NotesWrittenMetric implements ScorecardMetric {

    private final NoteRepository notes;

    public NotesWrittenMetric(NoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public String id() {
        return "notes-written";
    }

    @Override
    public String labelKey() {
        return "account-notes.metric";
    }

    @Override
    public String unit() {
        return "count";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.HIGHER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(notes.countWritten(period.startInstant(), period.endInstant())));
    }
}
