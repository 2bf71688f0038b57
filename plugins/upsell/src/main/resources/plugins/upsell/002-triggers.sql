--liquibase formatted sql

--changeset upsell:002-rule
-- A trigger rule: when a transaction is recorded that matches the conditions (kind, at least min_amount in the
-- its currency (the transaction converted at its date), a product family, the customer's lifecycle stage) then act (TASK for the owner or a
-- department's queue, OPPORTUNITY in a pipeline, TAG), at most once per customer within cooldown_days.
CREATE TABLE ups_rule (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  name            VARCHAR(120)  NOT NULL,
  active          BOOLEAN       NOT NULL,
  txn_kind        VARCHAR(20)   NULL,
  min_amount      DECIMAL(19,4) NULL,
  min_currency    CHAR(3)       NULL,
  product_family  VARCHAR(60)   NULL,
  lifecycle_stage VARCHAR(20)   NULL,
  action          VARCHAR(12)   NOT NULL,
  department_id   BIGINT        NULL,
  due_days        INT           NOT NULL,
  script          TEXT          NULL,
  tag             VARCHAR(60)   NULL,
  pipeline_id     BIGINT        NULL,
  cooldown_days   INT           NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_ups_rule PRIMARY KEY (id),
  CONSTRAINT uq_ups_rule_name UNIQUE (name)
);
-- One firing of a rule for one event: the unique key makes a redelivered event fire nothing twice. outcome:
-- FIRED (acted), COOLING (skipped: cool-down), DONE (task done), WON, LOST.
CREATE TABLE ups_firing (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  rule_id        BIGINT        NOT NULL,
  event_seq      BIGINT        NOT NULL,
  customer_id    BIGINT        NOT NULL,
  fired_at       DATETIME(3)   NOT NULL,
  outcome        VARCHAR(10)   NOT NULL,
  task_id        BIGINT        NULL,
  opportunity_id BIGINT        NULL,
  revenue_rep    DECIMAL(19,4) NULL,
  CONSTRAINT pk_ups_firing PRIMARY KEY (id),
  CONSTRAINT uq_ups_firing_event UNIQUE (rule_id, event_seq)
);
CREATE INDEX ix_ups_firing_cooldown ON ups_firing (rule_id, customer_id, outcome, fired_at);
CREATE INDEX ix_ups_firing_customer ON ups_firing (customer_id, fired_at, id);
CREATE INDEX ix_ups_firing_task ON ups_firing (task_id);
-- The transactions the plugin saw (its own history for "Test the rule"), pruned after 35 days.
CREATE TABLE ups_seen_transaction (
  transaction_id BIGINT        NOT NULL,
  event_seq      BIGINT        NOT NULL,
  customer_id    BIGINT        NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  amount         DECIMAL(19,4) NOT NULL,
  currency       CHAR(3)       NOT NULL,
  product_id     BIGINT        NULL,
  occurred_at    DATETIME(3)   NOT NULL,
  CONSTRAINT pk_ups_seen_transaction PRIMARY KEY (transaction_id)
);
CREATE INDEX ix_ups_seen_transaction_time ON ups_seen_transaction (occurred_at);
--rollback DROP TABLE ups_seen_transaction;
--rollback DROP TABLE ups_firing;
--rollback DROP TABLE ups_rule;
