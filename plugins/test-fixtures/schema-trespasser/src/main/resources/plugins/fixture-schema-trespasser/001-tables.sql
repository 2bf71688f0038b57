--liquibase formatted sql

--changeset fixture-schema-trespasser:001-item
CREATE TABLE fst_item (
  id BIGINT NOT NULL,
  CONSTRAINT pk_fst_item PRIMARY KEY (id)
) ENGINE=InnoDB;
--rollback DROP TABLE fst_item;

--changeset fixture-schema-trespasser:002-alter-customer
-- The trespass: a kernel table.
ALTER TABLE customer ADD COLUMN fst_flag INT NULL;
--rollback ALTER TABLE customer DROP COLUMN fst_flag;
