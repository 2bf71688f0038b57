--liquibase formatted sql

--changeset retention:001-score
-- One row per customer the scoring has seen: the aggregates of their transactions (amounts in the reporting currency
-- named in currency), their RFM scores and class, predicted lifetime value and churn risk with its top reasons
-- (factor codes, strongest first). Written by the scoring job for everyone and by the listener for one customer.
-- cost_year and cost_excess are null while no cost to serve is known (service plugins not installed).
CREATE TABLE ret_score (
  customer_id         BIGINT        NOT NULL,
  owner_id            BIGINT        NULL,
  currency            CHAR(3)       NOT NULL,
  first_at            DATETIME(3)   NULL,
  last_at             DATETIME(3)   NULL,
  purchases           INT           NOT NULL,
  revenue             DECIMAL(19,2) NOT NULL,
  margin              DECIMAL(19,2) NOT NULL,
  margin_year         DECIMAL(19,2) NOT NULL,
  cost_year           DECIMAL(19,2) NULL,
  cost_excess         DECIMAL(19,2) NULL,
  unconverted         INT           NOT NULL,
  r_score             INT           NULL,
  f_score             INT           NULL,
  m_score             INT           NULL,
  rfm_class           VARCHAR(30)   NOT NULL,
  previous_class      VARCHAR(30)   NULL,
  clv                 DECIMAL(19,2) NULL,
  churn_risk          DOUBLE        NULL,
  risk_band           VARCHAR(10)   NULL,
  reasons             VARCHAR(200)  NULL,
  last_transaction_id BIGINT        NOT NULL,
  scored_at           DATETIME(3)   NOT NULL,
  CONSTRAINT pk_ret_score PRIMARY KEY (customer_id)
);
CREATE INDEX ix_ret_score_risk ON ret_score (churn_risk, customer_id);
CREATE INDEX ix_ret_score_clv ON ret_score (clv, customer_id);
CREATE INDEX ix_ret_score_excess ON ret_score (cost_excess, customer_id);
CREATE INDEX ix_ret_score_class ON ret_score (rfm_class, previous_class);
--rollback DROP TABLE ret_score;

--changeset retention:001-model
-- The fitted models of the last scoring run, by name (rfm, value, churn): their parameters and validation figures
-- as properties text, so that one customer's refresh scores with the same model as the run did.
CREATE TABLE ret_model (
  name       VARCHAR(20)  NOT NULL,
  params     TEXT         NOT NULL,
  trained_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_ret_model PRIMARY KEY (name)
);
--rollback DROP TABLE ret_model;

--changeset retention:001-migration
-- How many customers moved from one RFM class (at the start of the period) to another (at its end) in the last run.
CREATE TABLE ret_migration (
  from_class VARCHAR(30) NOT NULL,
  to_class   VARCHAR(30) NOT NULL,
  customers  INT         NOT NULL,
  CONSTRAINT pk_ret_migration PRIMARY KEY (from_class, to_class)
);
--rollback DROP TABLE ret_migration;

--changeset retention:001-playbook
-- The retention playbook started for a high-value customer in the high-risk band: one while they stay in it.
CREATE TABLE ret_playbook (
  customer_id BIGINT        NOT NULL,
  task_id     BIGINT        NOT NULL,
  churn_risk  DOUBLE        NOT NULL,
  clv         DECIMAL(19,2) NOT NULL,
  started_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_ret_playbook PRIMARY KEY (customer_id)
);
--rollback DROP TABLE ret_playbook;
