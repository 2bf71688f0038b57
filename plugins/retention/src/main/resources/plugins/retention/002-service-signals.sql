--liquibase formatted sql

--changeset retention:002-request
-- Service requests as the service plugin's events told them (read by type name): for open requests and complaints.
CREATE TABLE ret_request (
  source      VARCHAR(40) NOT NULL,
  request_id  BIGINT      NOT NULL,
  customer_id BIGINT      NOT NULL,
  complaint   BOOLEAN     NOT NULL,
  opened_at   DATETIME(3) NOT NULL,
  resolved_at DATETIME(3) NULL,
  CONSTRAINT pk_ret_request PRIMARY KEY (source, request_id)
);
CREATE INDEX ix_ret_request_customer ON ret_request (customer_id, opened_at);
--rollback DROP TABLE ret_request;

--changeset retention:002-cost
-- Cost to serve as service and field service published it, one row per event (its outbox sequence: a repeated
-- delivery is ignored), converted into the reporting currency at the event's day; amount null when no rate was known.
CREATE TABLE ret_cost (
  event_sequence BIGINT        NOT NULL,
  source         VARCHAR(40)   NOT NULL,
  customer_id    BIGINT        NOT NULL,
  amount         DECIMAL(19,2) NULL,
  currency       CHAR(3)       NOT NULL,
  occurred_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_ret_cost PRIMARY KEY (event_sequence)
);
CREATE INDEX ix_ret_cost_customer ON ret_cost (customer_id, occurred_at);
--rollback DROP TABLE ret_cost;
