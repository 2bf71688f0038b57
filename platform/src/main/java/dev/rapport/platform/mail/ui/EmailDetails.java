package dev.rapport.platform.mail.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.rapport.platform.mail.EmailService;
import dev.rapport.platform.mail.StoredEmail;
import dev.rapport.platform.user.Actor;

/**
 * Under an email interaction on the timeline: the addresses, what was left out of the mail, and its attachments to
 * download (each download checks again that the person may read mail).
 */
public final class EmailDetails extends Composite<Div> {

    public EmailDetails(StoredEmail email, EmailService emails, Actor actor) {
        Div root = getContent();
        root.addClassName("email-details");
        root.add(new Div(new Span(getTranslation("mail.details.from", email.from() == null ? "?" : email.from())
                + " · " + getTranslation("mail.details.to", email.to() == null ? "?" : email.to()))));
        if (email.note() != null) {
            Div note = new Div(VaadinIcon.WARNING.create(), new Span(" " + email.note()));
            note.addClassName("email-note");
            root.add(note);
        }
        for (StoredEmail.AttachmentInfo attachment : email.attachments()) {
            if (attachment.stored()) {
                Anchor download = new Anchor(download(attachment, emails, actor), attachment.fileName() + " ("
                        + Math.max(1, attachment.size() / 1024) + " KB)");
                download.addClassName("email-attachment");
                root.add(new Div(VaadinIcon.PAPERCLIP.create(), download));
            } else {
                root.add(new Div(VaadinIcon.PAPERCLIP.create(),
                        new Span(getTranslation("mail.details.omitted", attachment.fileName()))));
            }
        }
    }

    private static DownloadHandler download(StoredEmail.AttachmentInfo attachment, EmailService emails, Actor actor) {
        return event -> {
            byte[] content = emails.attachmentContent(attachment.id(), actor).orElseThrow();
            event.setFileName(attachment.fileName());
            event.setContentType(attachment.contentType());
            event.getOutputStream().write(content);
        };
    }
}
