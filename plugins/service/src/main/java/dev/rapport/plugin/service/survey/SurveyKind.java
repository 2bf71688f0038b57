package dev.rapport.plugin.service.survey;

/**
 * The two surveys: customer satisfaction with one resolved request (1 to 5) and the net promoter score, asked now
 * and then (0 to 10). A detractor's answer (at most {@link #detractorUpTo()}) creates a follow-up task.
 */
public enum SurveyKind {
    CSAT(1, 5, 2),
    NPS(0, 10, 6);

    private final int min;
    private final int max;
    private final int detractorUpTo;

    SurveyKind(int min, int max, int detractorUpTo) {
        this.min = min;
        this.max = max;
        this.detractorUpTo = detractorUpTo;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int detractorUpTo() {
        return detractorUpTo;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    public boolean isDetractor(int score) {
        return score <= detractorUpTo;
    }
}
