package dev.rapport.plugin.service.metric;

import dev.rapport.plugin.service.survey.SurveyKind;
import dev.rapport.plugin.service.survey.SurveyRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The survey figures of a reporting period, from the answers given in it (one indexed range over kind and answer
 * time): CSAT as the share of satisfied answers (4 or 5 of 5), NPS as promoters (9-10) minus detractors (0-6) in
 * percent. Surveys are the company's: a department sees the company's figures.
 */
public final class SurveyFigures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PluginContext context;

    public SurveyFigures(PluginContext context) {
        this.context = context;
    }

    public Optional<BigDecimal> csat(Optional<Department> department, ReportingPeriod period) {
        SurveyRepository.Scores scores = scores(SurveyKind.CSAT, period);
        return scores.count() == 0 ? Optional.empty() : Optional.of(percent(scores.promoters(), scores.count()));
    }

    public Optional<BigDecimal> nps(Optional<Department> department, ReportingPeriod period) {
        SurveyRepository.Scores scores = scores(SurveyKind.NPS, period);
        return scores.count() == 0 ? Optional.empty()
                : Optional.of(percent(scores.promoters().subtract(scores.detractors()), scores.count())
                .setScale(0, RoundingMode.HALF_UP));
    }

    private SurveyRepository.Scores scores(SurveyKind kind, ReportingPeriod period) {
        return new SurveyRepository(context.dsl()).scores(kind, period.startInstant(), period.endInstant());
    }

    private static BigDecimal percent(BigDecimal part, int whole) {
        return part.multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
