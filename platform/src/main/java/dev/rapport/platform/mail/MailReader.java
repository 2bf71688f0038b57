package dev.rapport.platform.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Reads a MIME message into an {@link IncomingMail} within {@link MailLimits}: every part is read as bytes with a
 * cap (a mail bomb never fills the memory), decoded with its declared charset or, when that is unknown or broken,
 * as UTF-8 with replacement characters and a note. HTML is sanitised (formatting, links, tables and inline styles
 * stay; scripts, forms, images and event handlers go) before it is stored.
 */
final class MailReader {

    private static final PolicyFactory HTML_POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES).and(Sanitizers.STYLES);
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern DSN_FIELD = Pattern.compile("(?im)^(Final-Recipient|Original-Recipient|Action|Status"
            + "|Diagnostic-Code)\\s*:\\s*(.*(?:\\r?\\n[ \\t].*)*)");

    private final MailLimits limits;

    MailReader(MailLimits limits) {
        this.limits = limits;
    }

    /** Everything a too large message still tells: its headers, with the note why the rest was not fetched. */
    IncomingMail headersOnly(Message message, String note) throws MessagingException {
        return new Reading(message).result(List.of(note));
    }

    IncomingMail read(Message message) throws MessagingException, IOException {
        Reading reading = new Reading(message);
        reading.walk(message, 0);
        return reading.result(reading.notes);
    }

    private final class Reading {
        final Message message;
        final List<String> notes = new ArrayList<>();
        final List<IncomingMail.Attachment> attachments = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        String deliveryStatus;
        int parts;

        Reading(Message message) {
            this.message = message;
        }

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (++parts > limits.maxParts()) {
                if (parts == limits.maxParts() + 1) {
                    notes.add("More than " + limits.maxParts() + " parts: the rest were left out");
                }
                return;
            }
            if (depth > limits.maxDepth()) {
                notes.add("Parts nested deeper than " + limits.maxDepth() + " levels were left out");
                return;
            }
            ContentType type = contentType(part);
            String disposition = disposition(part);
            if (type.match("multipart/*")) {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        walk(child, depth + 1);
                    }
                }
                return;
            }
            String fileName = fileName(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition) || fileName != null;
            if (type.match("message/delivery-status") || type.match("message/global-delivery-status")) {
                deliveryStatus = decode(read(part, limits.maxAttachmentBytes()), type);
            } else if (!attachment && type.match("text/plain")) {
                append(text, part, type);
            } else if (!attachment && type.match("text/html")) {
                append(html, part, type);
            } else {
                attach(part, type, fileName);
            }
        }

        void append(StringBuilder body, Part part, ContentType type) throws MessagingException, IOException {
            byte[] bytes = read(part, limits.maxAttachmentBytes());
            if (bytes == null) {
                notes.add("A body part over " + limits.maxAttachmentBytes() + " bytes was left out");
                return;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(decode(bytes, type));
        }

        void attach(Part part, ContentType type, String fileName) throws MessagingException, IOException {
            String name = fileName != null ? fileName : type.match("message/rfc822") ? "message.eml" : "attachment";
            byte[] content = read(part, limits.maxAttachmentBytes());
            long size = content != null ? content.length : Math.max(part.getSize(), limits.maxAttachmentBytes() + 1);
            if (content == null) {
                notes.add("The attachment " + name + " is over the limit of " + limits.maxAttachmentBytes()
                        + " bytes and was not stored");
            }
            attachments.add(new IncomingMail.Attachment(cut(name, 255), cut(type.getBaseType().toLowerCase(Locale.ROOT), 255),
                    size, content));
        }

        /** The part's decoded bytes, or null when there are more than {@code max}. */
        byte[] read(Part part, long max) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > max) {
                        return null;
                    }
                    out.write(buffer, 0, n);
                }
                return out.toByteArray();
            }
        }

        String decode(byte[] bytes, ContentType type) {
            String name = type.getParameter("charset");
            Charset charset = StandardCharsets.UTF_8;
            if (name != null) {
                try {
                    charset = Charset.forName(MimeUtility.javaCharset(name.strip()));
                } catch (IllegalArgumentException e) {
                    notes.add("Unknown charset " + cut(name, 60) + ": read as UTF-8");
                }
            }
            return new String(bytes, charset);
        }

        IncomingMail result(List<String> notes) throws MessagingException {
            List<String> references = new ArrayList<>(ids(header("References")));
            String inReplyTo = ids(header("In-Reply-To")).stream().findFirst().orElse(null);
            String htmlBody = html.isEmpty() ? null : limit(HTML_POLICY.sanitize(html.toString()));
            String textBody = text.isEmpty() ? (htmlBody == null ? null : limit(htmlToText(htmlBody))) : limit(text.toString());
            Instant sent = message.getSentDate() != null ? message.getSentDate().toInstant()
                    : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
            return new IncomingMail(ids(header("Message-ID")).stream().findFirst().orElse(null), inReplyTo, references,
                    firstAddress(from()), addresses(recipients()), subject(), sent, textBody, htmlBody,
                    List.copyOf(attachments), List.copyOf(notes), bounce());
        }

        IncomingMail.Bounce bounce() {
            if (deliveryStatus == null) {
                return null;
            }
            String recipient = null;
            String action = null;
            String status = "";
            String diagnostic = "";
            Matcher fields = DSN_FIELD.matcher(deliveryStatus);
            while (fields.find()) {
                String value = fields.group(2).replaceAll("\\s+", " ").strip();
                switch (fields.group(1).toLowerCase(Locale.ROOT)) {
                    case "final-recipient", "original-recipient" -> {
                        if (recipient == null) {
                            recipient = value.substring(value.indexOf(';') + 1).strip();
                        }
                    }
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "status" -> status = value;
                    default -> diagnostic = value.substring(value.indexOf(';') + 1).strip();
                }
            }
            if (recipient == null || !"failed".equals(action)) {
                return null;
            }
            String reason = (status + " " + diagnostic).strip();
            return new IncomingMail.Bounce(cut(recipient.toLowerCase(Locale.ROOT), 254),
                    cut(reason.isEmpty() ? "delivery failed" : reason, 1000));
        }

        String header(String name) throws MessagingException {
            String[] values = message.getHeader(name);
            return values == null ? null : String.join(" ", values);
        }

        Address[] from() {
            try {
                return message.getFrom();
            } catch (MessagingException e) {
                notes.add("Unreadable sender");
                return null;
            }
        }

        Address[] recipients() {
            try {
                return message.getAllRecipients();
            } catch (MessagingException e) {
                notes.add("Unreadable recipients");
                return null;
            }
        }

        String subject() {
            try {
                return message.getSubject() == null ? null : cut(message.getSubject().strip(), 500);
            } catch (MessagingException e) {
                notes.add("Unreadable subject");
                return null;
            }
        }

        String limit(String body) {
            return cut(body, limits.maxBodyChars());
        }
    }

    private static ContentType contentType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        } catch (ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeUtility.decodeText(name.strip());
        } catch (MessagingException | IOException e) {
            return "attachment";
        }
    }

    private static List<String> ids(String header) {
        if (header == null) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(header);
        while (matcher.find()) {
            if (matcher.group().length() <= 500) {
                ids.add(matcher.group());
            }
        }
        return ids;
    }

    private static String firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        return Arrays.stream(addresses).filter(InternetAddress.class::isInstance).map(a -> ((InternetAddress) a).getAddress())
                .filter(a -> a != null && a.length() <= 254).map(a -> a.toLowerCase(Locale.ROOT)).findFirst().orElse(null);
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        return cut(String.join(", ", Arrays.stream(addresses).map(Address::toString).toList()), 2000);
    }

    static String htmlToText(String html) {
        return html.replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</li>", "\n").replaceAll("<[^>]*>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#34;", "\"").replace("&#39;", "'").replace("&#64;", "@").replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Whether {@code message} is a {@link MimeMessage} whose declared size is over the limit. */
    boolean tooLarge(Message message) throws MessagingException {
        return message.getSize() > limits.maxMessageBytes();
    }
}
