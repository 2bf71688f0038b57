--liquibase formatted sql

--changeset rapport:kernel-015-demo-seeding
-- The demo data of a first start is written in many transactions. What the run planned (its seed, its present, the
-- ids it started after) and which of its batches are committed is kept here, each batch's row in the batch's own
-- transaction, so a first start cut short at any point (killed, power lost) is completed by the next start, with
-- the same rows an uncut run would have written, instead of being taken for a finished one.
CREATE TABLE demo_seeding (
  id                     TINYINT     NOT NULL,
  random_seed            BIGINT      NOT NULL,
  customers              INT         NOT NULL,
  customers_per_batch    INT         NOT NULL,
  generated_now          DATETIME(3) NOT NULL,
  customer_id_after      BIGINT      NOT NULL,
  email_id_after         BIGINT      NOT NULL,
  phone_id_after         BIGINT      NOT NULL,
  address_id_after       BIGINT      NOT NULL,
  contact_id_after       BIGINT      NOT NULL,
  interaction_id_after   BIGINT      NOT NULL,
  transaction_id_after   BIGINT      NOT NULL,
  started_at             DATETIME(3) NOT NULL,
  finished_at            DATETIME(3) NULL,
  CONSTRAINT pk_demo_seeding PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE TABLE demo_seeding_batch (
  batch       INT         NOT NULL,
  written_at  DATETIME(3) NOT NULL,
  CONSTRAINT pk_demo_seeding_batch PRIMARY KEY (batch)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE demo_seeding_batch;
--rollback DROP TABLE demo_seeding;
