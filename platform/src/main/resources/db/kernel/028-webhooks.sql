--liquibase formatted sql

--changeset rapport:kernel-028-webhook-subscription
-- URLs that receive domain events (Standard Webhooks). The secret is sealed with the installation's key (data/secrets.key)
-- because it is needed to sign; after a rotation the previous one signs too until previous_secret_until. A subscription
-- receives the events numbered above after_event_id: those written after it was made.
CREATE TABLE webhook_subscription (
  id                    BIGINT         NOT NULL AUTO_INCREMENT,
  name                  VARCHAR(100)   NOT NULL,
  url                   VARCHAR(2000)  NOT NULL,
  event_types           VARCHAR(2000)  NOT NULL,
  secret                VARBINARY(512) NOT NULL,
  previous_secret       VARBINARY(512) NULL,
  previous_secret_until DATETIME(3)    NULL,
  owner                 VARCHAR(100)   NOT NULL,
  enabled               BOOLEAN        NOT NULL,
  disabled_reason       VARCHAR(1000)  NULL,
  disabled_at           DATETIME(3)    NULL,
  after_event_id        BIGINT         NOT NULL,
  created_at            DATETIME(3)    NOT NULL,
  created_by            BIGINT         NULL,
  updated_at            DATETIME(3)    NOT NULL,
  CONSTRAINT pk_webhook_subscription PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE webhook_subscription;

--changeset rapport:kernel-028-webhook-delivery
-- One message per event and subscription (the unique key makes a repeated event delivery harmless), with the outcome of
-- its last attempt. The sender takes rows that are PENDING and due; taking one moves next_attempt_at past the request's
-- timeout, so a crash mid-request lets the row fall due again (at least once, with the same webhook-id). Retries end
-- retry_window_from plus the retry window after, when the row is FAILED.
CREATE TABLE webhook_delivery (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  subscription_id   BIGINT        NOT NULL,
  event_id          BIGINT        NOT NULL,
  event_type        VARCHAR(200)  NOT NULL,
  payload           MEDIUMTEXT    NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  attempts          INT           NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  retry_window_from DATETIME(3)   NOT NULL,
  next_attempt_at   DATETIME(3)   NULL,
  last_attempt_at   DATETIME(3)   NULL,
  response_status   INT           NULL,
  duration_ms       INT           NULL,
  error             VARCHAR(1000) NULL,
  delivered_at      DATETIME(3)   NULL,
  CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
  CONSTRAINT uq_webhook_delivery_event UNIQUE (subscription_id, event_id),
  CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
    ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at, id);
CREATE INDEX ix_webhook_delivery_log ON webhook_delivery (subscription_id, id);
--rollback DROP TABLE webhook_delivery;
