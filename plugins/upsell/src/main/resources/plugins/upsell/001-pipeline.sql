--liquibase formatted sql

--changeset upsell:001-pipeline
-- A sales pipeline; its stages in position order, each with the win probability an opportunity takes on entering it.
CREATE TABLE ups_pipeline (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100) NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_ups_pipeline PRIMARY KEY (id),
  CONSTRAINT uq_ups_pipeline_name UNIQUE (name)
);
CREATE TABLE ups_stage (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  pipeline_id  BIGINT       NOT NULL,
  name         VARCHAR(60)  NOT NULL,
  position     INT          NOT NULL,
  probability  INT          NOT NULL,
  CONSTRAINT pk_ups_stage PRIMARY KEY (id),
  CONSTRAINT fk_ups_stage_pipeline FOREIGN KEY (pipeline_id) REFERENCES ups_pipeline (id)
);
CREATE INDEX ix_ups_stage_pipeline ON ups_stage (pipeline_id, position);
--rollback DROP TABLE ups_stage;
--rollback DROP TABLE ups_pipeline;

--changeset upsell:001-opportunity
-- An opportunity: OPEN in a stage, or WON/LOST with a reason. amount_rep is the amount in the reporting currency
-- at creation (null when no rate was known), the board's and forecast's sum. origin: MANUAL, RULE (a trigger's
-- firing) or OFFER (an accepted offer).
CREATE TABLE ups_opportunity (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  pipeline_id      BIGINT        NOT NULL,
  stage_id         BIGINT        NOT NULL,
  customer_id      BIGINT        NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  amount           DECIMAL(19,4) NOT NULL,
  currency         CHAR(3)       NOT NULL,
  amount_rep       DECIMAL(19,4) NULL,
  probability      INT           NOT NULL,
  expected_close   DATE          NOT NULL,
  owner_id         BIGINT        NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  reason           VARCHAR(300)  NULL,
  origin           VARCHAR(10)   NOT NULL,
  firing_id        BIGINT        NULL,
  product_id       BIGINT        NULL,
  transaction_id   BIGINT        NULL,
  created_at       DATETIME(3)   NOT NULL,
  closed_at        DATETIME(3)   NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_ups_opportunity PRIMARY KEY (id),
  CONSTRAINT fk_ups_opportunity_stage FOREIGN KEY (stage_id) REFERENCES ups_stage (id)
);
CREATE INDEX ix_ups_opportunity_board ON ups_opportunity (pipeline_id, status, stage_id, expected_close, id);
CREATE INDEX ix_ups_opportunity_list ON ups_opportunity (status, expected_close, id);
CREATE INDEX ix_ups_opportunity_owner ON ups_opportunity (owner_id, status, expected_close, id);
CREATE INDEX ix_ups_opportunity_customer ON ups_opportunity (customer_id, status);
CREATE INDEX ix_ups_opportunity_closed ON ups_opportunity (closed_at, status);
CREATE INDEX ix_ups_opportunity_firing ON ups_opportunity (firing_id);
CREATE INDEX ix_ups_opportunity_transaction ON ups_opportunity (transaction_id);
-- The products an opportunity is about.
CREATE TABLE ups_opportunity_product (
  opportunity_id BIGINT NOT NULL,
  product_id     BIGINT NOT NULL,
  CONSTRAINT pk_ups_opportunity_product PRIMARY KEY (opportunity_id, product_id)
);
-- Every change of an opportunity: who, when, what (CREATED, STAGE, WON, LOST, EDITED), from and to.
CREATE TABLE ups_opportunity_history (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  opportunity_id BIGINT       NOT NULL,
  at             DATETIME(3)  NOT NULL,
  actor          VARCHAR(120) NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  from_value     VARCHAR(200) NULL,
  to_value       VARCHAR(300) NULL,
  CONSTRAINT pk_ups_opportunity_history PRIMARY KEY (id)
);
CREATE INDEX ix_ups_opportunity_history ON ups_opportunity_history (opportunity_id, at);
--rollback DROP TABLE ups_opportunity_history;
--rollback DROP TABLE ups_opportunity_product;
--rollback DROP TABLE ups_opportunity;
