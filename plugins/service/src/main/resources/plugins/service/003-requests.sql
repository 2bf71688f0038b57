--liquibase formatted sql

--changeset service:003-request
-- A service request with its two SLA clocks (resp_: first response, res_: resolution), each stored as
-- ClockState: target and spent business seconds, running_since and due (while it runs), stopped_at, breached_at,
-- warned_at (the warning task was created). due_order: the earliest due time of a running clock, or 9999-12-31
-- when none runs: the queue's sort key. scan_at: when the SLA scan must next look at the request (a warning or a
-- breach falls due), null when nothing will.
CREATE TABLE svc_request (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id           BIGINT       NOT NULL,
  contact_id            BIGINT       NULL,
  queue_id              BIGINT       NOT NULL,
  assignee_id           BIGINT       NULL,
  subject               VARCHAR(200) NOT NULL,
  description           TEXT         NULL,
  channel               VARCHAR(20)  NOT NULL,
  category              VARCHAR(60)  NULL,
  priority              VARCHAR(10)  NOT NULL,
  product_id            BIGINT       NULL,
  status                VARCHAR(30)  NOT NULL,
  agreement_id          BIGINT       NOT NULL,
  origin_interaction_id BIGINT       NULL,
  merged_into_id        BIGINT       NULL,
  opened_at             DATETIME(3)  NOT NULL,
  first_response_at     DATETIME(3)  NULL,
  resolved_at           DATETIME(3)  NULL,
  closed_at             DATETIME(3)  NULL,
  reopen_count          INT          NOT NULL DEFAULT 0,
  resp_target_s         BIGINT       NOT NULL,
  resp_spent_s          BIGINT       NOT NULL,
  resp_running_since    DATETIME(3)  NULL,
  resp_due              DATETIME(3)  NULL,
  resp_stopped_at       DATETIME(3)  NULL,
  resp_breached_at      DATETIME(3)  NULL,
  resp_warned_at        DATETIME(3)  NULL,
  res_target_s          BIGINT       NOT NULL,
  res_spent_s           BIGINT       NOT NULL,
  res_running_since     DATETIME(3)  NULL,
  res_due               DATETIME(3)  NULL,
  res_stopped_at        DATETIME(3)  NULL,
  res_breached_at       DATETIME(3)  NULL,
  res_warned_at         DATETIME(3)  NULL,
  due_order             DATETIME(3)  NOT NULL,
  scan_at               DATETIME(3)  NULL,
  minutes_logged        INT          NOT NULL DEFAULT 0,
  updated_at            DATETIME(3)  NOT NULL,
  version               INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_svc_request PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_svc_request_queue_due ON svc_request (queue_id, due_order, id);
CREATE INDEX ix_svc_request_queue_status ON svc_request (queue_id, status);
CREATE INDEX ix_svc_request_customer ON svc_request (customer_id, status, opened_at);
CREATE INDEX ix_svc_request_scan ON svc_request (scan_at, id);
CREATE INDEX ix_svc_request_assignee ON svc_request (assignee_id, due_order, id);
CREATE INDEX ix_svc_request_resolved ON svc_request (resolved_at, queue_id);
CREATE INDEX ix_svc_request_responded ON svc_request (first_response_at, queue_id);
--rollback DROP TABLE svc_request;

--changeset service:003-request-event
-- The history of a request: every status, priority, agreement, assignment and clock change, notes and replies,
-- warnings and breaches; who did it (actor_user_id, null: the system) and when. Also the plugin's audit trail.
CREATE TABLE svc_request_event (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  request_id     BIGINT       NOT NULL,
  kind           VARCHAR(30)  NOT NULL,
  from_value     VARCHAR(100) NULL,
  to_value       VARCHAR(100) NULL,
  detail         TEXT         NULL,
  interaction_id BIGINT       NULL,
  actor_user_id  BIGINT       NULL,
  occurred_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_svc_request_event PRIMARY KEY (id),
  CONSTRAINT fk_svc_request_event FOREIGN KEY (request_id) REFERENCES svc_request (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_svc_request_event_request ON svc_request_event (request_id, id);
--rollback DROP TABLE svc_request_event;

--changeset service:003-handled-interaction
-- Logged interactions the plugin already handled (a customer's reply): deliveries are at least once.
CREATE TABLE svc_handled_interaction (
  interaction_id BIGINT      NOT NULL,
  handled_at     DATETIME(3) NOT NULL,
  CONSTRAINT pk_svc_handled_interaction PRIMARY KEY (interaction_id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE svc_handled_interaction;
