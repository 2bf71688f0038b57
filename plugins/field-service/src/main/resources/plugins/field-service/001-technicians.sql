--liquibase formatted sql

--changeset field-service:001-technician
-- A technician: a user of the field department with skills (comma-separated codes), a home base the day starts and
-- ends at, daily working hours in the company's time zone and a territory (a free code such as "north").
CREATE TABLE fsd_technician (
  user_id     BIGINT       NOT NULL,
  skills      VARCHAR(500) NOT NULL,
  home_label  VARCHAR(200) NOT NULL,
  home_lat    DOUBLE       NOT NULL,
  home_lon    DOUBLE       NOT NULL,
  work_start  TIME         NOT NULL,
  work_end    TIME         NOT NULL,
  territory   VARCHAR(60)  NULL,
  updated_at  DATETIME(3)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_fsd_technician PRIMARY KEY (user_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE fsd_technician;

--changeset field-service:001-absence
-- A technician's absence (holiday, illness, training): the solver keeps their jobs out of it.
CREATE TABLE fsd_absence (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  user_id    BIGINT       NOT NULL,
  starts_at  DATETIME(3)  NOT NULL,
  ends_at    DATETIME(3)  NOT NULL,
  reason     VARCHAR(200) NULL,
  CONSTRAINT pk_fsd_absence PRIMARY KEY (id),
  CONSTRAINT fk_fsd_absence_technician FOREIGN KEY (user_id) REFERENCES fsd_technician (user_id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_fsd_absence_user ON fsd_absence (user_id, starts_at);
--rollback DROP TABLE fsd_absence;
