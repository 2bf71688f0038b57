--liquibase formatted sql

--changeset rapport:kernel-021-job-definition
-- The administrators' choices about a plugin's background job (paused or not). A row appears when the job is first
-- seen; the job itself (its code and schedule) comes from the plugin.
CREATE TABLE job_definition (
  plugin_id   VARCHAR(64)  NOT NULL,
  job_id      VARCHAR(100) NOT NULL,
  paused      BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_job_definition PRIMARY KEY (plugin_id, job_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE job_definition;

--changeset rapport:kernel-021-job-run
-- Every run of a background job: its outcome, progress and error. The next scheduled run of a job is computed from
-- its newest run's start (index by job and start); the Jobs page lists runs newest first by id (keyset).
CREATE TABLE job_run (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  plugin_id   VARCHAR(64)   NOT NULL,
  job_id      VARCHAR(100)  NOT NULL,
  state       VARCHAR(16)   NOT NULL,
  started_by  VARCHAR(100)  NULL,
  node        VARCHAR(200)  NOT NULL,
  started_at  DATETIME(3)   NOT NULL,
  finished_at DATETIME(3)   NULL,
  done        BIGINT        NOT NULL DEFAULT 0,
  total       BIGINT        NOT NULL DEFAULT 0,
  message     VARCHAR(500)  NULL,
  error       VARCHAR(2000) NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_job_run PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_job_run_job ON job_run (plugin_id, job_id, started_at);
CREATE INDEX ix_job_run_state ON job_run (state);
--rollback DROP TABLE job_run;
