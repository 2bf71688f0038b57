--liquibase formatted sql

--changeset service:001-calendar
-- When a team works. windows: one entry per weekday, e.g. "MONDAY=09:00-12:00,13:00-17:00;TUESDAY=...", read by
-- CalendarSpec; zone_id: the IANA time zone the windows and holidays are in.
CREATE TABLE svc_calendar (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  name       VARCHAR(100) NOT NULL,
  zone_id    VARCHAR(60)  NOT NULL,
  windows    VARCHAR(1000) NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  version    INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_svc_calendar PRIMARY KEY (id),
  CONSTRAINT uq_svc_calendar_name UNIQUE (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE TABLE svc_calendar_holiday (
  calendar_id BIGINT       NOT NULL,
  day         DATE         NOT NULL,
  name        VARCHAR(100) NOT NULL,
  CONSTRAINT pk_svc_calendar_holiday PRIMARY KEY (calendar_id, day),
  CONSTRAINT fk_svc_calendar_holiday FOREIGN KEY (calendar_id) REFERENCES svc_calendar (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE svc_calendar_holiday;
--rollback DROP TABLE svc_calendar;

--changeset service:001-agreement
-- A service agreement: for one customer (customer_id), perhaps for one product they hold (product_id), or the
-- default for everyone (customer_id null). categories: the request categories it covers, comma-separated, or null
-- for all. Kernel ids are plain numbers: the kernel's tables are not the plugin's to reference.
CREATE TABLE svc_agreement (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(150) NOT NULL,
  customer_id BIGINT       NULL,
  product_id  BIGINT       NULL,
  categories  VARCHAR(500) NULL,
  valid_from  DATE         NOT NULL,
  valid_to    DATE         NULL,
  calendar_id BIGINT       NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_svc_agreement PRIMARY KEY (id),
  CONSTRAINT fk_svc_agreement_calendar FOREIGN KEY (calendar_id) REFERENCES svc_calendar (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_svc_agreement_customer ON svc_agreement (customer_id, valid_from);
-- Response and resolution targets per priority, in business minutes of the agreement's calendar.
CREATE TABLE svc_agreement_target (
  agreement_id       BIGINT      NOT NULL,
  priority           VARCHAR(10) NOT NULL,
  response_minutes   INT         NOT NULL,
  resolution_minutes INT         NOT NULL,
  CONSTRAINT pk_svc_agreement_target PRIMARY KEY (agreement_id, priority),
  CONSTRAINT fk_svc_agreement_target FOREIGN KEY (agreement_id) REFERENCES svc_agreement (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE svc_agreement_target;
--rollback DROP TABLE svc_agreement;
