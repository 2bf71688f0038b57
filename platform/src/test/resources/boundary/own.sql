--liquibase formatted sql

--changeset boundary:001-parent
CREATE TABLE tbo_parent (
  id BIGINT NOT NULL,
  CONSTRAINT pk_tbo_parent PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE tbo_parent;

--changeset boundary:002-child
CREATE TABLE tbo_child (
  id        BIGINT NOT NULL,
  parent_id BIGINT NOT NULL,
  CONSTRAINT pk_tbo_child PRIMARY KEY (id),
  CONSTRAINT fk_tbo_child_parent FOREIGN KEY (parent_id) REFERENCES tbo_parent (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE INDEX ix_tbo_child_parent ON tbo_child (parent_id, id);
INSERT INTO tbo_parent (id) VALUES (1);
--rollback DROP TABLE tbo_child;
