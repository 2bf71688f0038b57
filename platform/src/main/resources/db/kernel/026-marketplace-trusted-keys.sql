--liquibase formatted sql

--changeset rapport:kernel-026-marketplace-trusted-key
-- Publisher keys administrators trust on the Marketplace page, besides marketplace.trusted.keys of the configuration:
-- in the database, so every node trusts the same keys at once, without a restart.
CREATE TABLE marketplace_trusted_key (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  name       VARCHAR(100) NOT NULL,
  public_key VARCHAR(200) NOT NULL,
  added_by   BIGINT       NULL,
  added_at   DATETIME(3)  NOT NULL,
  CONSTRAINT pk_marketplace_trusted_key PRIMARY KEY (id),
  CONSTRAINT uq_marketplace_trusted_key UNIQUE (public_key)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE marketplace_trusted_key;
