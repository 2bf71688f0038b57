--liquibase formatted sql

--changeset scorecard:002-snapshot
-- A metric's measured value for a department (0: the company) in one period. Rows are only ever added: revision 0
-- is the running value of a period not yet over (rewritten nightly), revision 1 the value taken when the period
-- ended, every recompute adds the next revision; the scorecard shows the highest. status: VALUE, UNDEFINED or
-- UNAVAILABLE (value null but for VALUE).
CREATE TABLE sc_snapshot (
  department_id BIGINT        NOT NULL,
  metric_id     VARCHAR(120)  NOT NULL,
  period_kind   VARCHAR(10)   NOT NULL,
  period_start  DATE          NOT NULL,
  revision      INT           NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  value         DECIMAL(19,4) NULL,
  taken_at      DATETIME(3)   NOT NULL,
  taken_by      BIGINT        NULL,
  CONSTRAINT pk_sc_snapshot PRIMARY KEY (department_id, metric_id, period_kind, period_start, revision)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
-- A recompute someone asked for: the on-demand job works them off in order.
CREATE TABLE sc_recompute (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  period_kind  VARCHAR(10) NOT NULL,
  period_start DATE        NOT NULL,
  requested_by BIGINT      NULL,
  requested_at DATETIME(3) NOT NULL,
  done_at      DATETIME(3) NULL,
  CONSTRAINT pk_sc_recompute PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_sc_recompute_pending ON sc_recompute (done_at, id);
--rollback DROP TABLE sc_recompute;
--rollback DROP TABLE sc_snapshot;
