--liquibase formatted sql

--changeset scorecard:003-report-mail
-- The monthly PDF mailed to a department's managers: one row per department and reported month, written in the
-- transaction that queues the mails, so a month is mailed once whatever the job's ticks, restarts or nodes do.
CREATE TABLE sc_report_mail (
  department_id BIGINT      NOT NULL,
  month         DATE        NOT NULL,
  recipients    INT         NOT NULL,
  queued_at     DATETIME(3) NOT NULL,
  CONSTRAINT pk_sc_report_mail PRIMARY KEY (department_id, month)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE sc_report_mail;
