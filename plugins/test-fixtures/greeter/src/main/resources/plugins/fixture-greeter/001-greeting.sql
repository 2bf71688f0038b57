--liquibase formatted sql

--changeset fixture-greeter:001-greeting
CREATE TABLE grt_greeting (
  id        BIGINT      NOT NULL AUTO_INCREMENT,
  greeted   VARCHAR(100) NOT NULL,
  CONSTRAINT pk_grt_greeting PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE grt_greeting;
