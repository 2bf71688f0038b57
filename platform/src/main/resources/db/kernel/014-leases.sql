--liquibase formatted sql

--changeset rapport:kernel-014-lease
-- Work that one node of a cluster does at a time (the event dispatcher; later background jobs) is led by holding a
-- lease: a row naming its holder and until when it holds it. A row, not a named lock (GET_LOCK), because a Galera
-- cluster does not replicate named locks. The token grows at every takeover, so a former holder can tell that it
-- lost the lease even when the same node took it again.
CREATE TABLE lease (
  name        VARCHAR(100) NOT NULL,
  holder      VARCHAR(200) NOT NULL,
  token       BIGINT       NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_lease PRIMARY KEY (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE lease;
