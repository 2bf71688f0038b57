package dev.rapport.plugin.service.ui.request;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.service.request.DuplicateRequests;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.ui.Links;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.List;
import java.util.Map;

/**
 * The likely duplicates of an open request, each with a link and a button that merges it into this request after
 * the agent confirms (what moves and what happens to the duplicate is said in the question). Not shown when there
 * are none.
 */
final class DuplicatesPanel extends VerticalLayout {

    DuplicatesPanel(DuplicateRequests duplicates, ServiceRequest request, Runnable afterMerge) {
        setId("request-duplicates");
        setPadding(false);
        List<ServiceRequest> candidates = duplicates.of(request);
        setVisible(!candidates.isEmpty());
        if (candidates.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("service.merge.title")));
        Formats formats = Formats.current();
        for (ServiceRequest candidate : candidates) {
            String name = "#" + candidate.id() + " " + candidate.subject();
            Button merge = new Button(getTranslation("service.merge.button"), click -> Confirmation.ask(this,
                    "service-confirm-merge", "service.merge.confirmTitle",
                    getTranslation("service.merge.question", name, "#" + request.id()), "service.merge.confirm",
                    () -> {
                        if (Feedback.attempt(this, Map.of(), () -> duplicates.merge(candidate.id(), candidate.version(),
                                request.id(), request.version()))) {
                            Feedback.success(this, "service.merge.done", "#" + candidate.id());
                            afterMerge.run();
                        }
                    }));
            merge.setId("merge-" + candidate.id());
            HorizontalLayout row = new HorizontalLayout(Links.to(ServiceNavigation.request(candidate.id()), name),
                    new Span(LABELS.of(this, candidate.status())),
                    new Span(getTranslation("service.request.opened", formats.dateTime(candidate.openedAt()))), merge);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(row);
        }
    }
}
