--liquibase formatted sql

--changeset rapport:kernel-001-app-user
CREATE TABLE app_user (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  username     VARCHAR(100) NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  email        VARCHAR(254) NULL,
  locale       VARCHAR(35)  NULL,
  time_zone    VARCHAR(64)  NULL,
  active       BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at   DATETIME(3)  NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uq_app_user_username UNIQUE (username)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE app_user;
