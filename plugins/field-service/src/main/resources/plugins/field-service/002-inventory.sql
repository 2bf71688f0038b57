--liquibase formatted sql

--changeset field-service:002-part
-- A spare part: stock keeping unit, name and unit cost (in currency).
CREATE TABLE fsd_part (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  sku       VARCHAR(40)   NOT NULL,
  name      VARCHAR(200)  NOT NULL,
  unit_cost DECIMAL(12,2) NOT NULL,
  currency  CHAR(3)       NOT NULL,
  CONSTRAINT pk_fsd_part PRIMARY KEY (id),
  CONSTRAINT uq_fsd_part_sku UNIQUE (sku)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE fsd_part;

--changeset field-service:002-location
-- Where parts are kept: a warehouse, or a technician's van (technician_id set).
CREATE TABLE fsd_location (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  technician_id BIGINT       NULL,
  CONSTRAINT pk_fsd_location PRIMARY KEY (id),
  CONSTRAINT uq_fsd_location_technician UNIQUE (technician_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE fsd_location;

--changeset field-service:002-stock
-- Stock of a part at a location: on hand, reserved for scheduled work orders, and the reorder point under which
-- what is free creates a task. The checks make negative stock impossible even for a write that forgot to look.
CREATE TABLE fsd_stock (
  location_id   BIGINT      NOT NULL,
  part_id       BIGINT      NOT NULL,
  on_hand       INT         NOT NULL,
  reserved      INT         NOT NULL DEFAULT 0,
  reorder_point INT         NOT NULL DEFAULT 0,
  reorder_task  BIGINT      NULL,
  updated_at    DATETIME(3) NOT NULL,
  CONSTRAINT pk_fsd_stock PRIMARY KEY (location_id, part_id),
  CONSTRAINT ck_fsd_stock_reserved CHECK (reserved >= 0 AND reserved <= on_hand),
  CONSTRAINT fk_fsd_stock_location FOREIGN KEY (location_id) REFERENCES fsd_location (id) ON DELETE CASCADE,
  CONSTRAINT fk_fsd_stock_part FOREIGN KEY (part_id) REFERENCES fsd_part (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_stock_part ON fsd_stock (part_id, location_id);
--rollback DROP TABLE fsd_stock;

--changeset field-service:002-stock-move
-- Every change of stock: receipt, transfer, reservation, release, consumption; who and when (the audit trail).
CREATE TABLE fsd_stock_move (
  id               BIGINT      NOT NULL AUTO_INCREMENT,
  part_id          BIGINT      NOT NULL,
  from_location_id BIGINT      NULL,
  to_location_id   BIGINT      NULL,
  quantity         INT         NOT NULL,
  kind             VARCHAR(20) NOT NULL,
  work_order_id    BIGINT      NULL,
  actor_user_id    BIGINT      NULL,
  occurred_at      DATETIME(3) NOT NULL,
  CONSTRAINT pk_fsd_stock_move PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_stock_move_part ON fsd_stock_move (part_id, occurred_at);
CREATE INDEX ix_fsd_stock_move_kind ON fsd_stock_move (kind, occurred_at);
--rollback DROP TABLE fsd_stock_move;
