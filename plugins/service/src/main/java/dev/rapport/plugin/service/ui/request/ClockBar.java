package dev.rapport.plugin.service.ui.request;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.sla.ClockState;
import dev.rapport.sdk.ui.Formats;
import java.time.Duration;

/**
 * One SLA clock as a bar: how much of the target is spent, and its state in words: running (with its due time),
 * paused, met, or breached (with the time of the breach).
 */
public final class ClockBar extends Div {

    /** What the bar shows; also the CSS class and the key of its label. */
    public enum State { RUNNING, PAUSED, MET, BREACHED }

    private final State state;

    public ClockBar(String label, ClockState clock, Duration spent, Formats formats) {
        addClassName("service-clock");
        state = stateOf(clock);
        addClassName("service-clock-" + state.name().toLowerCase(java.util.Locale.ROOT));
        double fraction = clock.target().isZero() ? 1 : Math.min(1, (double) spent.toSeconds() / clock.target().toSeconds());
        ProgressBar bar = new ProgressBar(0, 1, fraction);
        bar.getElement().setAttribute("aria-label", label);
        bar.addThemeVariants(switch (state) {
            case BREACHED -> ProgressBarVariant.LUMO_ERROR;
            case MET -> ProgressBarVariant.LUMO_SUCCESS;
            default -> ProgressBarVariant.LUMO_CONTRAST;
        });
        Span text = new Span(label + ": " + switch (state) {
            case RUNNING -> getTranslation("service.clock.running", formats.dateTime(clock.due()));
            case PAUSED -> getTranslation("service.clock.paused");
            case MET -> getTranslation("service.clock.met");
            case BREACHED -> getTranslation("service.clock.breached", formats.dateTime(clock.breachedAt()));
        } + " · " + getTranslation("service.clock.spent", minutes(spent), minutes(clock.target())));
        text.addClassName("service-clock-text");
        add(text, bar);
    }

    public State state() {
        return state;
    }

    static State stateOf(ClockState clock) {
        if (clock.breached()) {
            return State.BREACHED;
        }
        return switch (clock.phase()) {
            case RUNNING -> State.RUNNING;
            case PAUSED -> State.PAUSED;
            case STOPPED -> State.MET;
        };
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
