--liquibase formatted sql

--changeset fixture-bad-schema:001-item
CREATE TABLE fbs_item (
  id BIGINT NOT NULL,
  CONSTRAINT pk_fbs_item PRIMARY KEY (id)
) ENGINE=InnoDB;
--rollback DROP TABLE fbs_item;

--changeset fixture-bad-schema:002-leak
-- The mistake: no fbs_ prefix.
CREATE TABLE bad_schema_leak (
  id BIGINT NOT NULL,
  CONSTRAINT pk_bad_schema_leak PRIMARY KEY (id)
) ENGINE=InnoDB;
--rollback DROP TABLE bad_schema_leak;
