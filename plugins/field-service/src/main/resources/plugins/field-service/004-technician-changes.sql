--liquibase formatted sql

--changeset field-service:004-technician-change
-- The audit trail of technicians' profiles and absences: who changed what and when. No foreign key, so the trail of
-- a technician whose profile was removed stays.
CREATE TABLE fsd_technician_change (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  technician_id BIGINT        NOT NULL,
  kind          VARCHAR(30)   NOT NULL,
  detail        VARCHAR(1000) NULL,
  actor_user_id BIGINT        NULL,
  occurred_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_fsd_technician_change PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_technician_change ON fsd_technician_change (technician_id, id);
--rollback DROP TABLE fsd_technician_change;
