--liquibase formatted sql

--changeset rapport:kernel-027-mail-account
-- A department's connected mailbox: where incoming mail is fetched (IMAP) and outgoing mail is sent (SMTP).
-- Passwords are AES-GCM ciphertexts under the installation's key (data folder), never plain text. uid_validity and
-- last_uid are the IMAP folder's identity and the newest UID stored: a poll asks only for UIDs above it.
CREATE TABLE mail_account (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  department_id  BIGINT        NOT NULL,
  name           VARCHAR(100)  NOT NULL,
  address        VARCHAR(254)  NOT NULL,
  imap_host      VARCHAR(253)  NOT NULL,
  imap_port      INT           NOT NULL,
  imap_security  VARCHAR(10)   NOT NULL,
  imap_user      VARCHAR(254)  NOT NULL,
  imap_password  VARBINARY(600) NULL,
  imap_folder    VARCHAR(200)  NOT NULL,
  smtp_host      VARCHAR(253)  NOT NULL,
  smtp_port      INT           NOT NULL,
  smtp_security  VARCHAR(10)   NOT NULL,
  smtp_user      VARCHAR(254)  NOT NULL,
  smtp_password  VARBINARY(600) NULL,
  active         BOOLEAN       NOT NULL DEFAULT TRUE,
  uid_validity   BIGINT        NULL,
  last_uid       BIGINT        NOT NULL DEFAULT 0,
  last_poll_at   DATETIME(3)   NULL,
  last_error     VARCHAR(1000) NULL,
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT pk_mail_account PRIMARY KEY (id),
  CONSTRAINT fk_mail_account_department FOREIGN KEY (department_id) REFERENCES department (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_mail_account_department ON mail_account (department_id, name);
--rollback DROP TABLE mail_account;

--changeset rapport:kernel-027-email-message
-- Every mail fetched or sent. state: LOGGED (on a customer's timeline through interaction_id), UNMATCHED (waiting
-- for an agent in the department's unmatched inbox), BOUNCE (a delivery report, recorded on the customer),
-- REFUSED (too large or unreadable: kept as a record, nothing else). The unique key (account, uid_validity, uid)
-- makes a second store of the same fetched message impossible, whatever a crash did between fetch and bookkeeping.
CREATE TABLE email_message (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  account_id      BIGINT        NOT NULL,
  uid_validity    BIGINT        NULL,
  imap_uid        BIGINT        NULL,
  state           VARCHAR(12)   NOT NULL,
  direction       VARCHAR(10)   NOT NULL,
  customer_id     BIGINT        NULL,
  interaction_id  BIGINT        NULL,
  message_id      VARCHAR(500)  NULL,
  in_reply_to     VARCHAR(500)  NULL,
  thread_id       VARCHAR(500)  NULL,
  from_address    VARCHAR(254)  NULL,
  to_addresses    VARCHAR(2000) NULL,
  subject         VARCHAR(500)  NULL,
  text_body       MEDIUMTEXT    NULL,
  html_body       MEDIUMTEXT    NULL,
  note            VARCHAR(1000) NULL,
  sent_at         DATETIME(3)   NOT NULL,
  stored_at       DATETIME(3)   NOT NULL,
  assigned_by     BIGINT        NULL,
  CONSTRAINT pk_email_message PRIMARY KEY (id),
  CONSTRAINT fk_email_message_account FOREIGN KEY (account_id) REFERENCES mail_account (id),
  CONSTRAINT fk_email_message_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_email_message_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id),
  CONSTRAINT fk_email_message_assigned_by FOREIGN KEY (assigned_by) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE UNIQUE INDEX uq_email_message_uid ON email_message (account_id, uid_validity, imap_uid);
CREATE INDEX ix_email_message_state ON email_message (account_id, state, id);
CREATE INDEX ix_email_message_message_id ON email_message (message_id);
CREATE INDEX ix_email_message_thread ON email_message (thread_id, sent_at);
CREATE INDEX ix_email_message_interaction ON email_message (interaction_id);
--rollback DROP TABLE email_message;

--changeset rapport:kernel-027-email-attachment
-- An attachment of a stored mail. content is null when the part was over the size limit: the row says so, and the
-- mail itself was stored without it.
CREATE TABLE email_attachment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email_id      BIGINT       NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(255) NOT NULL,
  size_bytes    BIGINT       NOT NULL,
  content       LONGBLOB     NULL,
  CONSTRAINT pk_email_attachment PRIMARY KEY (id),
  CONSTRAINT fk_email_attachment_email FOREIGN KEY (email_id) REFERENCES email_message (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_email_attachment_email ON email_attachment (email_id, id);
--rollback DROP TABLE email_attachment;

--changeset rapport:kernel-027-email-template
-- Texts administrators prepare for mail to customers; {{firstName}}-style placeholders take the customer's fields.
CREATE TABLE email_template (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100)  NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  body        TEXT          NOT NULL,
  updated_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_email_template PRIMARY KEY (id),
  CONSTRAINT uq_email_template_name UNIQUE (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE email_template;

--changeset rapport:kernel-027-undeliverable-address
-- An address of a customer that a delivery report said cannot receive mail: when, why, from which report.
CREATE TABLE undeliverable_address (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  customer_id  BIGINT        NOT NULL,
  address      VARCHAR(254)  NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  reported_at  DATETIME(3)   NOT NULL,
  email_id     BIGINT        NULL,
  CONSTRAINT pk_undeliverable_address PRIMARY KEY (id),
  CONSTRAINT fk_undeliverable_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_undeliverable_email FOREIGN KEY (email_id) REFERENCES email_message (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_undeliverable_customer ON undeliverable_address (customer_id, reported_at);
--rollback DROP TABLE undeliverable_address;

--changeset rapport:kernel-027-contact-email-index
-- Incoming mail is matched to a customer by its sender, contact persons included.
CREATE INDEX ix_customer_contact_email ON customer_contact (email);
--rollback DROP INDEX ix_customer_contact_email ON customer_contact;
