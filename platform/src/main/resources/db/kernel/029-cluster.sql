--liquibase formatted sql

--changeset rapport:kernel-029-event-numbers
-- Events are numbered from this counter, not by AUTO_INCREMENT: on a Galera cluster every node hands out its own
-- interleaved AUTO_INCREMENT values (auto_increment_increment and _offset), so numbers would not follow the order in
-- which transactions commit, and a listener that read past a number would skip an event committed later with a
-- smaller one. Writing the counter row (a lock alone is not replicated) makes two nodes' appends conflict, so one of
-- them is certified first and the other runs again with the next numbers.
ALTER TABLE event_append_lock ADD COLUMN last_event_id BIGINT NOT NULL DEFAULT 0;
UPDATE event_append_lock SET last_event_id = (SELECT COALESCE(MAX(id), 0) FROM domain_event);
--rollback ALTER TABLE event_append_lock DROP COLUMN last_event_id;

--changeset rapport:kernel-029-cache-signal
-- What a node changed that other nodes may hold in their caches (a user, the exchange rates): every node reads the
-- rows of the last moments and drops those entries. Read by time, not by number: on a Galera cluster AUTO_INCREMENT
-- numbers do not follow the order of commits. Rows older than an hour are deleted.
CREATE TABLE cache_signal (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  cache_name VARCHAR(50)  NOT NULL,
  cache_key  VARCHAR(200) NULL,
  sent_at    DATETIME(3)  NOT NULL,
  sent_by    VARCHAR(200) NOT NULL,
  CONSTRAINT pk_cache_signal PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_cache_signal_sent ON cache_signal (sent_at);
--rollback DROP TABLE cache_signal;

--changeset rapport:kernel-029-changelog-primary-key
-- Liquibase makes its changelog table without a primary key; Galera replicates row changes by key (a table without
-- one is replicated less efficiently and unsafely for deletes). A changeset is identified by these three.
-- [jooq ignore start]
ALTER TABLE DATABASECHANGELOG ADD CONSTRAINT pk_databasechangelog PRIMARY KEY (ID, AUTHOR, FILENAME);
-- [jooq ignore stop]
--rollback ALTER TABLE DATABASECHANGELOG DROP PRIMARY KEY;
