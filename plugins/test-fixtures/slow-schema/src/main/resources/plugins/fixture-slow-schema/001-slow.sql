--liquibase formatted sql

--changeset fixture-slow-schema:001-item
CREATE TABLE slw_item (
  id BIGINT NOT NULL,
  CONSTRAINT pk_slw_item PRIMARY KEY (id)
) ENGINE=InnoDB;
--rollback DROP TABLE slw_item;

--changeset fixture-slow-schema:002-wait
-- A migration that takes its time, as one over a large table would (on the plugin's own table: the platform
-- refuses changesets whose tables it cannot tell).
INSERT INTO slw_item (id) SELECT SLEEP(10);
--rollback DELETE FROM slw_item WHERE id = 0;
