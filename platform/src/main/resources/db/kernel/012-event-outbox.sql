--liquibase formatted sql

--changeset rapport:kernel-012-event-append-lock
-- Transactions that append events take this row's lock before their first event and keep it to their end, so
-- events are numbered in the order they commit: a listener that has read up to an event can never later find
-- an event with a smaller number committed behind it (with AUTO_INCREMENT alone, a transaction that took a
-- number first and committed last was skipped for good).
CREATE TABLE event_append_lock (
  id TINYINT NOT NULL,
  CONSTRAINT pk_event_append_lock PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
INSERT INTO event_append_lock (id) VALUES (1);
--rollback DROP TABLE event_append_lock;

--changeset rapport:kernel-012-drop-event-published-index
-- No query reads events by publication time (listeners read by number), and every event paid for the index: an
-- import of a million customers appends a million events.
DROP INDEX ix_domain_event_published ON domain_event;
--rollback CREATE INDEX ix_domain_event_published ON domain_event (published_at);
