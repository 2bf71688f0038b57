--liquibase formatted sql

--changeset retention:003-decision
-- Managers' decisions on customers to let go, never changed nor deleted: the audit trail, with the figures the
-- decision was taken on (amounts in currency).
CREATE TABLE ret_decision (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  customer_id BIGINT        NOT NULL,
  decision    VARCHAR(20)   NOT NULL,
  note        VARCHAR(500)  NULL,
  margin_year DECIMAL(19,2) NOT NULL,
  cost_year   DECIMAL(19,2) NOT NULL,
  currency    CHAR(3)       NOT NULL,
  decided_by  VARCHAR(100)  NOT NULL,
  decided_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_ret_decision PRIMARY KEY (id)
);
CREATE INDEX ix_ret_decision_customer ON ret_decision (customer_id, id);
--rollback DROP TABLE ret_decision;
