--liquibase formatted sql

--changeset rapport:kernel-030-appointment
CREATE TABLE appointment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id   BIGINT       NOT NULL,
  channel       VARCHAR(20)  NOT NULL,
  subject       VARCHAR(200) NOT NULL,
  notes         TEXT         NULL,
  starts_at     DATETIME(3)  NOT NULL,
  ends_at       DATETIME(3)  NOT NULL,
  owner_user_id BIGINT       NULL,
  department_id BIGINT       NULL,
  status        VARCHAR(12)  NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  created_by    BIGINT       NULL,
  version       INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_appointment PRIMARY KEY (id),
  CONSTRAINT fk_appointment_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_appointment_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id),
  CONSTRAINT fk_appointment_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_appointment_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_appointment_owner ON appointment (owner_user_id, starts_at, id);
CREATE INDEX ix_appointment_department ON appointment (department_id, starts_at, id);
CREATE INDEX ix_appointment_customer ON appointment (customer_id, starts_at, id);
--rollback DROP TABLE appointment;

--changeset rapport:kernel-030-calendar-feed
CREATE TABLE calendar_feed (
  user_id      BIGINT      NOT NULL,
  secret_hash  CHAR(64)    NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  last_used_at DATETIME(3) NULL,
  CONSTRAINT pk_calendar_feed PRIMARY KEY (user_id),
  CONSTRAINT uq_calendar_feed_secret UNIQUE (secret_hash),
  CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE calendar_feed;

--changeset rapport:kernel-030-document
CREATE TABLE document (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  owner_type   VARCHAR(120) NOT NULL,
  owner_id     VARCHAR(100) NOT NULL,
  customer_id  BIGINT       NULL,
  file_name    VARCHAR(255) NOT NULL,
  media_type   VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  storage_key  VARCHAR(80)  NOT NULL,
  uploaded_at  DATETIME(3)  NOT NULL,
  uploaded_by  BIGINT       NULL,
  uploader     VARCHAR(200) NOT NULL,
  CONSTRAINT pk_document PRIMARY KEY (id),
  CONSTRAINT uq_document_storage UNIQUE (storage_key),
  CONSTRAINT fk_document_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_document_owner ON document (owner_type, owner_id, id);
CREATE INDEX ix_document_customer ON document (customer_id, id);
--rollback DROP TABLE document;
