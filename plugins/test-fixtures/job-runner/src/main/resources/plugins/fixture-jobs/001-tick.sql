--liquibase formatted sql

--changeset fixture-jobs:001-tick
CREATE TABLE jbr_tick (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  started_by  VARCHAR(100) NULL,
  CONSTRAINT pk_jbr_tick PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE jbr_tick;
