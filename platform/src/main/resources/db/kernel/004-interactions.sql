--liquibase formatted sql

--changeset rapport:kernel-004-interaction
CREATE TABLE interaction (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id BIGINT       NOT NULL,
  contact_id  BIGINT       NULL,
  channel     VARCHAR(20)  NOT NULL,
  direction   VARCHAR(10)  NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  notes       TEXT         NULL,
  outcome     VARCHAR(20)  NOT NULL,
  occurred_at DATETIME(3)  NOT NULL,
  recorded_by BIGINT       NULL,
  recorded_at DATETIME(3)  NOT NULL,
  source      VARCHAR(60)  NOT NULL,
  corrects_id BIGINT       NULL,
  CONSTRAINT pk_interaction PRIMARY KEY (id),
  CONSTRAINT fk_interaction_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_interaction_contact FOREIGN KEY (contact_id) REFERENCES customer_contact (id),
  CONSTRAINT fk_interaction_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
  CONSTRAINT fk_interaction_corrects FOREIGN KEY (corrects_id) REFERENCES interaction (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_interaction_timeline ON interaction (customer_id, occurred_at, id);
CREATE UNIQUE INDEX uq_interaction_corrects ON interaction (corrects_id);
--rollback DROP TABLE interaction;
