--liquibase formatted sql

--changeset rapport:kernel-006-domain-event
-- The outbox: events are written in the transaction of the change they describe.
CREATE TABLE domain_event (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  event_type   VARCHAR(200) NOT NULL,
  customer_id  BIGINT       NULL,
  payload      LONGTEXT     NOT NULL,
  source       VARCHAR(60)  NOT NULL,
  published_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_domain_event PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_domain_event_published ON domain_event (published_at);
--rollback DROP TABLE domain_event;

--changeset rapport:kernel-006-event-subscription
-- Each listener's position in the outbox: every event up to it was delivered or parked.
CREATE TABLE event_subscription (
  listener_id VARCHAR(300) NOT NULL,
  position    BIGINT       NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_event_subscription PRIMARY KEY (listener_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE event_subscription;

--changeset rapport:kernel-006-event-parked
-- Deliveries that kept failing for one listener, and later events of the same customer held behind them.
CREATE TABLE event_parked (
  listener_id VARCHAR(300) NOT NULL,
  event_id    BIGINT       NOT NULL,
  customer_id BIGINT       NULL,
  attempts    INT          NOT NULL,
  error       TEXT         NULL,
  parked_at   DATETIME(3)  NOT NULL,
  CONSTRAINT pk_event_parked PRIMARY KEY (listener_id, event_id),
  CONSTRAINT fk_event_parked_event FOREIGN KEY (event_id) REFERENCES domain_event (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_event_parked_customer ON event_parked (listener_id, customer_id);
--rollback DROP TABLE event_parked;
