package dev.rapport.platform.mail;

/**
 * A mailbox as an administrator enters it. A null or empty password keeps the stored one (the form never shows a
 * stored password back).
 */
public record MailAccountDraft(long departmentId, String name, String address, String imapHost, int imapPort,
                               MailSecurity imapSecurity, String imapUser, String imapPassword, String imapFolder,
                               String smtpHost, int smtpPort, MailSecurity smtpSecurity, String smtpUser,
                               String smtpPassword, boolean active) {
}
