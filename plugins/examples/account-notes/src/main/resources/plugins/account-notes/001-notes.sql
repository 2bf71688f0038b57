--liquibase formatted sql

--changeset account-notes:001-note
CREATE TABLE ant_note (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  customer_id BIGINT      NOT NULL,
  body        TEXT        NOT NULL,
  pinned      BOOLEAN     NOT NULL DEFAULT FALSE,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT pk_ant_note PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_ant_note_customer ON ant_note (customer_id, created_at, id);
CREATE INDEX ix_ant_note_created ON ant_note (created_at, id);
--rollback DROP TABLE ant_note;

--changeset account-notes:001-handled-event
-- Events this plugin already handled: deliveries are at least once.
CREATE TABLE ant_handled_event (
  sequence   BIGINT      NOT NULL,
  handled_at DATETIME(3) NOT NULL,
  CONSTRAINT pk_ant_handled_event PRIMARY KEY (sequence)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE ant_handled_event;
