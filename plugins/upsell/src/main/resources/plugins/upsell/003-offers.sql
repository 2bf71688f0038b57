--liquibase formatted sql

--changeset upsell:003-offers
-- Association rules of the last mining run: antecedent (product ids, ascending, comma-separated) → consequent,
-- with the number of customers holding both (support_count), confidence and lift.
CREATE TABLE ups_assoc_rule (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  antecedent     VARCHAR(400)  NOT NULL,
  consequent     BIGINT        NOT NULL,
  support_count  INT           NOT NULL,
  support        DOUBLE        NOT NULL,
  confidence     DOUBLE        NOT NULL,
  lift           DOUBLE        NOT NULL,
  CONSTRAINT pk_ups_assoc_rule PRIMARY KEY (id)
);
-- What a mining run saw and found: customers with holdings, products held in all (their sum), rules found.
CREATE TABLE ups_mining_run (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  finished_at DATETIME(3) NOT NULL,
  customers   INT         NOT NULL,
  holdings    BIGINT      NOT NULL,
  rules       INT         NOT NULL,
  millis      BIGINT      NOT NULL,
  CONSTRAINT pk_ups_mining_run PRIMARY KEY (id)
);
-- An offer a customer declined: not offered again before until.
CREATE TABLE ups_declined_offer (
  customer_id BIGINT      NOT NULL,
  product_id  BIGINT      NOT NULL,
  declined_at DATETIME(3) NOT NULL,
  until_at    DATETIME(3) NOT NULL,
  actor       VARCHAR(120) NOT NULL,
  CONSTRAINT pk_ups_declined_offer PRIMARY KEY (customer_id, product_id)
);
--rollback DROP TABLE ups_declined_offer;
--rollback DROP TABLE ups_mining_run;
--rollback DROP TABLE ups_assoc_rule;
