package dev.rapport.sdk.extension;

import com.vaadin.flow.component.Component;

/**
 * What a {@link HomeCard} loaded, ready to be drawn: {@link #render()} runs on the UI thread of the user's session
 * (holding its lock) and builds the card's body from data already in hand; it must not query or block.
 *
 * @since 1.3.0
 */
@FunctionalInterface
public interface HomeCardContent {

    /**
     * The card's body; the home page adds the title and the frame.
     *
     * @return a new component; never shared between pages
     */
    Component render();
}
