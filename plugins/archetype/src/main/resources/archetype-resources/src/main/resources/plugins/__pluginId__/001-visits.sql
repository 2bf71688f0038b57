--liquibase formatted sql

--changeset ${pluginId}:001-visit
-- Visits planned, done and missed. source_event: the sequence of the event that planned the visit, unique so that
-- a repeated delivery of that event plans nothing twice; interaction_id: the logged meeting that was the visit, unique
-- for the same reason. Times are UTC (jOOQ maps DATETIME to Instant).
CREATE TABLE ${tablePrefix}visit (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  customer_id  BIGINT      NOT NULL,
  status       VARCHAR(10) NOT NULL,
  visit_day    DATE        NOT NULL,
  note         TEXT        NULL,
  recorded_at  DATETIME(3) NOT NULL,
  recorded_by  BIGINT      NULL,
  source_event   BIGINT    NULL,
  interaction_id BIGINT    NULL,
  CONSTRAINT pk_${tablePrefix}visit PRIMARY KEY (id),
  CONSTRAINT uq_${tablePrefix}visit_source_event UNIQUE (source_event),
  CONSTRAINT uq_${tablePrefix}visit_interaction UNIQUE (interaction_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_${tablePrefix}visit_customer ON ${tablePrefix}visit (customer_id, visit_day, id);
CREATE INDEX ix_${tablePrefix}visit_status ON ${tablePrefix}visit (status, visit_day, id);
CREATE INDEX ix_${tablePrefix}visit_timeline ON ${tablePrefix}visit (customer_id, status, recorded_at, id);
--rollback DROP TABLE ${tablePrefix}visit;
