--liquibase formatted sql

--changeset rapport:kernel-009-marketplace-repository
-- Marketplace repositories administrators added (the shipped one comes from the configuration).
CREATE TABLE marketplace_repository (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  name      VARCHAR(100)  NOT NULL,
  url       VARCHAR(2000) NOT NULL,
  added_by  BIGINT        NULL,
  added_at  DATETIME(3)   NOT NULL,
  CONSTRAINT pk_marketplace_repository PRIMARY KEY (id),
  CONSTRAINT uq_marketplace_repository_name UNIQUE (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE marketplace_repository;
