--liquibase formatted sql

--changeset scorecard:001-scorecard
-- One scorecard per department; department_id 0 is the whole company's. version guards concurrent edits of the
-- scorecard and everything in it (objectives and KPIs are saved with it).
CREATE TABLE sc_scorecard (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  department_id BIGINT       NOT NULL,
  name          VARCHAR(120) NOT NULL,
  template      VARCHAR(20)  NULL,
  updated_at    DATETIME(3)  NOT NULL,
  updated_by    BIGINT       NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_sc_scorecard PRIMARY KEY (id),
  CONSTRAINT uq_sc_scorecard_department UNIQUE (department_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
-- An objective under one of the four perspectives; leads_to_id: the objective it helps achieve (the strategy
-- map's cause-effect arrow), in the same scorecard.
CREATE TABLE sc_objective (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  scorecard_id BIGINT        NOT NULL,
  perspective  VARCHAR(20)   NOT NULL,
  name         VARCHAR(120)  NOT NULL,
  weight       DECIMAL(7,2)  NOT NULL,
  position     INT           NOT NULL,
  leads_to_id  BIGINT        NULL,
  CONSTRAINT pk_sc_objective PRIMARY KEY (id),
  CONSTRAINT fk_sc_objective_scorecard FOREIGN KEY (scorecard_id) REFERENCES sc_scorecard (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_sc_objective_scorecard ON sc_objective (scorecard_id, position);
-- A KPI: a catalogue metric with a target per period length, thresholds in percent of the target reached
-- (green at or above green_pct, amber at or above amber_pct, red below) and a weight within its objective.
CREATE TABLE sc_kpi (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  objective_id   BIGINT        NOT NULL,
  metric_id      VARCHAR(120)  NOT NULL,
  weight         DECIMAL(7,2)  NOT NULL,
  target_week    DECIMAL(19,4) NULL,
  target_month   DECIMAL(19,4) NULL,
  target_quarter DECIMAL(19,4) NULL,
  target_year    DECIMAL(19,4) NULL,
  green_pct      DECIMAL(7,2)  NOT NULL,
  amber_pct      DECIMAL(7,2)  NOT NULL,
  position       INT           NOT NULL,
  CONSTRAINT pk_sc_kpi PRIMARY KEY (id),
  CONSTRAINT fk_sc_kpi_objective FOREIGN KEY (objective_id) REFERENCES sc_objective (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_sc_kpi_objective ON sc_kpi (objective_id, position);
-- Who changed what in a scorecard and who recomputed which period.
CREATE TABLE sc_audit (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at   DATETIME(3)   NOT NULL,
  user_id       BIGINT        NULL,
  department_id BIGINT        NOT NULL,
  action        VARCHAR(30)   NOT NULL,
  detail        VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_sc_audit PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_sc_audit_department ON sc_audit (department_id, occurred_at, id);
--rollback DROP TABLE sc_audit;
--rollback DROP TABLE sc_kpi;
--rollback DROP TABLE sc_objective;
--rollback DROP TABLE sc_scorecard;
