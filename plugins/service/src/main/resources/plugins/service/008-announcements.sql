--liquibase formatted sql

--changeset service:008-announcement
-- How far a one-time announcement of existing records as events got (AgreementAnnouncements): after_id is the last
-- id published, done once all were. The row is inserted here, so an upgraded installation announces its agreements
-- once on its next start; a new installation finds none to announce.
CREATE TABLE svc_announcement (
  name     VARCHAR(40) NOT NULL,
  after_id BIGINT      NOT NULL,
  done     BOOLEAN     NOT NULL,
  CONSTRAINT pk_svc_announcement PRIMARY KEY (name)
);
-- [jooq ignore start]
INSERT INTO svc_announcement (name, after_id, done) VALUES ('agreements', 0, FALSE);
-- [jooq ignore stop]
--rollback DROP TABLE svc_announcement;
