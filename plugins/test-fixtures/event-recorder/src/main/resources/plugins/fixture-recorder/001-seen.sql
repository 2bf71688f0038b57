--liquibase formatted sql

--changeset fixture-recorder:001-seen
CREATE TABLE rec_seen (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  event_sequence  BIGINT       NOT NULL,
  event_type      VARCHAR(200) NOT NULL,
  customer_id     BIGINT       NULL,
  interaction_id  BIGINT       NULL,
  CONSTRAINT pk_rec_seen PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE rec_seen;
