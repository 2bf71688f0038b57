--liquibase formatted sql

--changeset rapport:kernel-018-marketplace-index-serial
-- The highest serial number of a repository's signed plugin list seen so far, per repository address (by its
-- SHA-256, as addresses are too long for a key): an older list is refused (no rollback to withdrawn releases).
CREATE TABLE marketplace_index_serial (
  url_sha256  CHAR(64)      NOT NULL,
  url         VARCHAR(2000) NOT NULL,
  serial      BIGINT        NOT NULL,
  seen_at     DATETIME(3)   NOT NULL,
  CONSTRAINT pk_marketplace_index_serial PRIMARY KEY (url_sha256)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE marketplace_index_serial;
