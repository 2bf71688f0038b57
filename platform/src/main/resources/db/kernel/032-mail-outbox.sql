--liquibase formatted sql

--changeset rapport:kernel-032-mail-outbox
-- Mail plugins queue (SDK OutgoingMail): sent by the kernel's mail-delivery job, retried with backoff, never lost on a
-- restart. state: QUEUED (next_attempt_at says when it is tried), SENT, FAILED (last_error says why). A customer's
-- mail names customer_id and gets interaction_id once sent and logged; staff mail names user_id. Attachments are
-- deleted once the mail is sent (a customer's copy stays with the logged mail in email_attachment).
CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  plugin_id       VARCHAR(64)   NOT NULL,
  department_id   BIGINT        NOT NULL,
  customer_id     BIGINT        NULL,
  user_id         BIGINT        NULL,
  to_address      VARCHAR(254)  NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  body            MEDIUMTEXT    NOT NULL,
  state           VARCHAR(10)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at DATETIME(3)   NULL,
  last_error      VARCHAR(1000) NULL,
  message_id      VARCHAR(500)  NULL,
  interaction_id  BIGINT        NULL,
  queued_at       DATETIME(3)   NOT NULL,
  sent_at         DATETIME(3)   NULL,
  CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
  CONSTRAINT fk_mail_outbox_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_mail_outbox_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
  CONSTRAINT fk_mail_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at, id);
CREATE INDEX ix_mail_outbox_customer ON mail_outbox (customer_id);
--rollback DROP TABLE mail_outbox;

--changeset rapport:kernel-032-mail-outbox-attachment
CREATE TABLE mail_outbox_attachment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  mail_id       BIGINT       NOT NULL,
  file_name     VARCHAR(255) NOT NULL,
  content_type  VARCHAR(255) NOT NULL,
  content       LONGBLOB     NOT NULL,
  CONSTRAINT pk_mail_outbox_attachment PRIMARY KEY (id),
  CONSTRAINT fk_mail_outbox_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_mail_outbox_attachment_mail ON mail_outbox_attachment (mail_id, id);
--rollback DROP TABLE mail_outbox_attachment;
