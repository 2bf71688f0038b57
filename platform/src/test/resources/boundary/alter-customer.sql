--liquibase formatted sql

--changeset boundary:001-item
CREATE TABLE tbt_item (
  id BIGINT NOT NULL,
  CONSTRAINT pk_tbt_item PRIMARY KEY (id)
) ENGINE=InnoDB;
--rollback DROP TABLE tbt_item;

--changeset boundary:002-alter-customer
CREATE INDEX ix_tbt_item ON tbt_item (id);
ALTER TABLE `customer` ADD COLUMN tbt_flag INT NULL;
--rollback ALTER TABLE customer DROP COLUMN tbt_flag;
