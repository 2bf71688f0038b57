--liquibase formatted sql

--changeset field-service:003-work-order
-- A work order: where (site with coordinates), what (product, skills, duration, parts), when the customer can
-- (window_start..window_end: the arrival window), how urgent, and its plan (technician, day, start, route order,
-- travel from the previous stop, pinned by a dispatcher) and its course (travel, arrival, completion, outcome).
CREATE TABLE fsd_work_order (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id     BIGINT       NOT NULL,
  title           VARCHAR(200) NOT NULL,
  description     TEXT         NULL,
  origin          VARCHAR(20)  NOT NULL,
  origin_ref      VARCHAR(60)  NULL,
  site_address    VARCHAR(300) NOT NULL,
  site_lat        DOUBLE       NOT NULL,
  site_lon        DOUBLE       NOT NULL,
  territory       VARCHAR(60)  NULL,
  product_id      BIGINT       NULL,
  skills          VARCHAR(500) NOT NULL,
  duration_min    INT          NOT NULL,
  window_start    DATETIME(3)  NOT NULL,
  window_end      DATETIME(3)  NOT NULL,
  priority        VARCHAR(10)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  technician_id   BIGINT       NULL,
  planned_day     DATE         NULL,
  planned_start   DATETIME(3)  NULL,
  route_order     INT          NULL,
  travel_min      INT          NULL,
  pinned          BOOLEAN      NOT NULL DEFAULT FALSE,
  explanation     VARCHAR(500) NULL,
  travel_started  DATETIME(3)  NULL,
  arrived_at      DATETIME(3)  NULL,
  finished_at     DATETIME(3)  NULL,
  outcome_reason  VARCHAR(500) NULL,
  notes           TEXT         NULL,
  signed_by       VARCHAR(200) NULL,
  signed_at       DATETIME(3)  NULL,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  version         INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_fsd_work_order PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_work_order_day ON fsd_work_order (planned_day, technician_id, route_order);
CREATE INDEX ix_fsd_work_order_window ON fsd_work_order (status, window_start, id);
CREATE INDEX ix_fsd_work_order_customer ON fsd_work_order (customer_id, created_at);
CREATE INDEX ix_fsd_work_order_finished ON fsd_work_order (finished_at, technician_id);
CREATE INDEX ix_fsd_work_order_origin ON fsd_work_order (origin, origin_ref);
--rollback DROP TABLE fsd_work_order;

--changeset field-service:003-work-order-part
-- Parts a work order needs (quantity), where they are reserved, and how many were used.
CREATE TABLE fsd_work_order_part (
  work_order_id        BIGINT NOT NULL,
  part_id              BIGINT NOT NULL,
  quantity             INT    NOT NULL,
  reserved_location_id BIGINT NULL,
  used                 INT    NULL,
  CONSTRAINT pk_fsd_work_order_part PRIMARY KEY (work_order_id, part_id),
  CONSTRAINT fk_fsd_wop_order FOREIGN KEY (work_order_id) REFERENCES fsd_work_order (id) ON DELETE CASCADE,
  CONSTRAINT fk_fsd_wop_part FOREIGN KEY (part_id) REFERENCES fsd_part (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE fsd_work_order_part;

--changeset field-service:003-work-order-event
-- The history of a work order (every status change, plan change, note): the customer's timeline and the audit.
CREATE TABLE fsd_work_order_event (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  work_order_id BIGINT       NOT NULL,
  customer_id   BIGINT       NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  detail        VARCHAR(500) NULL,
  actor_user_id BIGINT       NULL,
  occurred_at   DATETIME(3)  NOT NULL,
  CONSTRAINT pk_fsd_work_order_event PRIMARY KEY (id),
  CONSTRAINT fk_fsd_work_order_event FOREIGN KEY (work_order_id) REFERENCES fsd_work_order (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_wo_event_customer ON fsd_work_order_event (customer_id, occurred_at, id);
CREATE INDEX ix_fsd_wo_event_order ON fsd_work_order_event (work_order_id, id);
--rollback DROP TABLE fsd_work_order_event;

--changeset field-service:003-maintenance-plan
-- An agreement's planned maintenance: every interval_days a visit at the site; the generation job makes the work
-- order lead_days ahead of next_due and moves next_due on, in one transaction.
CREATE TABLE fsd_maintenance_plan (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id   BIGINT       NOT NULL,
  title         VARCHAR(200) NOT NULL,
  site_address  VARCHAR(300) NOT NULL,
  site_lat      DOUBLE       NOT NULL,
  site_lon      DOUBLE       NOT NULL,
  territory     VARCHAR(60)  NULL,
  product_id    BIGINT       NULL,
  skills        VARCHAR(500) NOT NULL,
  duration_min  INT          NOT NULL,
  interval_days INT          NOT NULL,
  next_due      DATE         NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT pk_fsd_maintenance_plan PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_maintenance_due ON fsd_maintenance_plan (active, next_due, id);
--rollback DROP TABLE fsd_maintenance_plan;
