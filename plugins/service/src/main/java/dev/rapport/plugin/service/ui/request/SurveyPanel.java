package dev.rapport.plugin.service.ui.request;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.survey.PublicAddress;
import dev.rapport.plugin.service.survey.Survey;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.sdk.mail.MailState;
import dev.rapport.sdk.mail.MailStatus;
import dev.rapport.sdk.mail.OutgoingMail;
import dev.rapport.sdk.ui.Formats;

/**
 * The request's satisfaction survey: until the customer answers, what became of the invitation mail (queued, sent,
 * not delivered) and the invitation's link, for the agent to send when it was not mailed; then the answer and comment.
 */
public final class SurveyPanel extends VerticalLayout {

    public SurveyPanel(SurveyService surveys, PublicAddress address, OutgoingMail mail, Survey survey) {
        setId("request-survey");
        setPadding(false);
        Formats formats = Formats.current();
        add(new H4(getTranslation("service.survey.title")));
        if (survey.answered()) {
            Span answer = new Span(getTranslation("service.survey.answered", survey.score(), survey.kind().max(),
                    formats.dateTime(survey.answeredAt())));
            answer.setId("survey-answer");
            answer.getElement().getThemeList().add("badge " + (survey.kind().isDetractor(survey.score()) ? "error" : "success"));
            add(answer);
            if (survey.comment() != null) {
                add(new Span("“" + survey.comment() + "”"));
            }
            return;
        }
        if (survey.mailId() != null) {
            mail.status(survey.mailId()).ifPresent(status -> add(mailState(status, formats)));
        }
        TextField link = new TextField(getTranslation("service.survey.link"));
        link.setId("survey-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setValue(address.get() + surveys.linkPath(survey));
        link.setHelperText(getTranslation("service.survey.linkHelp", formats.dateTime(survey.expiresAt())));
        add(link);
    }

    private Span mailState(MailStatus status, Formats formats) {
        Span state = new Span(switch (status.state()) {
            case QUEUED -> getTranslation("service.survey.mail.QUEUED", status.to());
            case SENT -> getTranslation("service.survey.mail.SENT", status.to(), formats.dateTime(status.sentAt()));
            case FAILED -> getTranslation("service.survey.mail.FAILED", status.to(), status.lastError());
        });
        state.setId("survey-mail");
        state.getElement().getThemeList().add(status.state() == MailState.FAILED ? "badge error" : "badge");
        return state;
    }
}
