package dev.rapport.platform.mail;

/** What the customer's 360° view needs of mail: writing (sender, templates) and reading (stored mail, bounces). */
public record CustomerMail(EmailSender sender, EmailTemplateService templates, EmailService emails) {
}
