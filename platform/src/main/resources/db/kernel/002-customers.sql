--liquibase formatted sql

--changeset rapport:kernel-002-customer
CREATE TABLE customer (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  kind               VARCHAR(12)  NOT NULL,
  first_name         VARCHAR(100) NULL,
  last_name          VARCHAR(100) NULL,
  organisation_name  VARCHAR(200) NULL,
  display_name       VARCHAR(255) NOT NULL,
  sort_name          VARCHAR(255) NOT NULL,
  lifecycle_stage    VARCHAR(20)  NOT NULL,
  owner_id           BIGINT       NULL,
  preferred_language VARCHAR(35)  NOT NULL,
  currency           CHAR(3)      NOT NULL,
  time_zone          VARCHAR(64)  NOT NULL,
  marketing_consent  BOOLEAN      NOT NULL DEFAULT FALSE,
  consent_changed_at DATETIME(3)  NULL,
  primary_email      VARCHAR(254) NULL,
  primary_phone      VARCHAR(40)  NULL,
  notes              TEXT         NULL,
  created_at         DATETIME(3)  NOT NULL,
  created_by         BIGINT       NULL,
  updated_at         DATETIME(3)  NOT NULL,
  updated_by         BIGINT       NULL,
  version            INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_customer PRIMARY KEY (id),
  CONSTRAINT fk_customer_owner FOREIGN KEY (owner_id) REFERENCES app_user (id),
  CONSTRAINT fk_customer_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT fk_customer_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_sort_name ON customer (sort_name, id);
CREATE INDEX ix_customer_display_name ON customer (display_name, id);
CREATE INDEX ix_customer_stage_sort_name ON customer (lifecycle_stage, sort_name, id);
CREATE INDEX ix_customer_owner_sort_name ON customer (owner_id, sort_name, id);
CREATE INDEX ix_customer_created_at ON customer (created_at, id);
--rollback DROP TABLE customer;

--changeset rapport:kernel-002-customer-email
CREATE TABLE customer_email (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id BIGINT       NOT NULL,
  email       VARCHAR(254) NOT NULL,
  label       VARCHAR(20)  NOT NULL,
  position    INT          NOT NULL,
  CONSTRAINT pk_customer_email PRIMARY KEY (id),
  CONSTRAINT fk_customer_email_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_email_email ON customer_email (email, customer_id);
CREATE INDEX ix_customer_email_customer ON customer_email (customer_id, position);
--rollback DROP TABLE customer_email;

--changeset rapport:kernel-002-customer-phone
CREATE TABLE customer_phone (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  customer_id     BIGINT      NOT NULL,
  phone           VARCHAR(40) NOT NULL,
  e164_digits     VARCHAR(20) NOT NULL,
  national_digits VARCHAR(20) NOT NULL,
  label           VARCHAR(20) NOT NULL,
  position        INT         NOT NULL,
  CONSTRAINT pk_customer_phone PRIMARY KEY (id),
  CONSTRAINT fk_customer_phone_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_phone_e164 ON customer_phone (e164_digits, customer_id);
CREATE INDEX ix_customer_phone_national ON customer_phone (national_digits, customer_id);
CREATE INDEX ix_customer_phone_customer ON customer_phone (customer_id, position);
--rollback DROP TABLE customer_phone;

--changeset rapport:kernel-002-customer-address
CREATE TABLE customer_address (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id  BIGINT       NOT NULL,
  label        VARCHAR(20)  NOT NULL,
  street       VARCHAR(200) NOT NULL,
  postal_code  VARCHAR(20)  NULL,
  city         VARCHAR(100) NOT NULL,
  region       VARCHAR(100) NULL,
  country_code CHAR(2)      NOT NULL,
  position     INT          NOT NULL,
  CONSTRAINT pk_customer_address PRIMARY KEY (id),
  CONSTRAINT fk_customer_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_address_customer ON customer_address (customer_id, position);
--rollback DROP TABLE customer_address;

--changeset rapport:kernel-002-customer-tag
CREATE TABLE customer_tag (
  customer_id BIGINT      NOT NULL,
  tag         VARCHAR(50) NOT NULL,
  CONSTRAINT pk_customer_tag PRIMARY KEY (customer_id, tag),
  CONSTRAINT fk_customer_tag_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_tag_tag ON customer_tag (tag, customer_id);
--rollback DROP TABLE customer_tag;

--changeset rapport:kernel-002-customer-contact
CREATE TABLE customer_contact (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  customer_id BIGINT       NOT NULL,
  first_name  VARCHAR(100) NOT NULL,
  last_name   VARCHAR(100) NOT NULL,
  job_title   VARCHAR(100) NULL,
  email       VARCHAR(254) NULL,
  phone       VARCHAR(40)  NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_customer_contact PRIMARY KEY (id),
  CONSTRAINT fk_customer_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_contact_customer ON customer_contact (customer_id, last_name, first_name);
--rollback DROP TABLE customer_contact;
