--liquibase formatted sql

--changeset service:005-survey
-- A survey invitation and its answer: CSAT (1-5) after a request is resolved, NPS (0-10) periodically. The link's
-- token carries the id, the expiry and nonce, signed with the plugin's secret; nonce must match, answered_at makes it
-- single-use. interaction_id: the logged interaction carrying the link; follow_up_task_id: the task a detractor's
-- answer created for the account owner.
CREATE TABLE svc_survey (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  kind              VARCHAR(10)   NOT NULL,
  customer_id       BIGINT        NOT NULL,
  request_id        BIGINT        NULL,
  nonce             VARCHAR(43)   NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  expires_at        DATETIME(3)   NOT NULL,
  interaction_id    BIGINT        NULL,
  answered_at       DATETIME(3)   NULL,
  score             INT           NULL,
  comment           VARCHAR(2000) NULL,
  follow_up_task_id BIGINT        NULL,
  CONSTRAINT pk_svc_survey PRIMARY KEY (id),
  CONSTRAINT uq_svc_survey_request UNIQUE (request_id, kind),
  CONSTRAINT fk_svc_survey_request FOREIGN KEY (request_id) REFERENCES svc_request (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_svc_survey_customer ON svc_survey (customer_id, kind, created_at);
CREATE INDEX ix_svc_survey_answered ON svc_survey (kind, answered_at);
--rollback DROP TABLE svc_survey;
