--liquibase formatted sql

--changeset rapport:kernel-008-user-security
ALTER TABLE app_user ADD COLUMN password_hash VARCHAR(255) NULL;
ALTER TABLE app_user ADD COLUMN role VARCHAR(20) NOT NULL DEFAULT 'AGENT';
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME(3) NULL;
ALTER TABLE app_user ADD COLUMN version INT NOT NULL DEFAULT 0;
--rollback ALTER TABLE app_user DROP COLUMN version;
--rollback ALTER TABLE app_user DROP COLUMN password_changed_at;
--rollback ALTER TABLE app_user DROP COLUMN must_change_password;
--rollback ALTER TABLE app_user DROP COLUMN role;
--rollback ALTER TABLE app_user DROP COLUMN password_hash;

--changeset rapport:kernel-008-user-department
CREATE TABLE user_department (
  user_id       BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  CONSTRAINT pk_user_department PRIMARY KEY (user_id, department_id),
  CONSTRAINT fk_user_department_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_department_department FOREIGN KEY (department_id) REFERENCES department (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_user_department_department ON user_department (department_id, user_id);
--rollback DROP TABLE user_department;

--changeset rapport:kernel-008-plugin-department
-- Which departments use which plugin (module enablement per department).
CREATE TABLE plugin_department (
  plugin_id     VARCHAR(100) NOT NULL,
  department_id BIGINT       NOT NULL,
  CONSTRAINT pk_plugin_department PRIMARY KEY (plugin_id, department_id),
  CONSTRAINT fk_plugin_department_department FOREIGN KEY (department_id) REFERENCES department (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE plugin_department;

--changeset rapport:kernel-008-audit-entry
-- The audit log: append-only, read by administrators.
CREATE TABLE audit_entry (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at    DATETIME(3)  NOT NULL,
  actor_id       BIGINT       NULL,
  actor_name     VARCHAR(200) NOT NULL,
  action         VARCHAR(50)  NOT NULL,
  subject_type   VARCHAR(50)  NULL,
  subject_id     VARCHAR(100) NULL,
  details        TEXT         NULL,
  remote_address VARCHAR(64)  NULL,
  CONSTRAINT pk_audit_entry PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at, id);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at, id);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id, occurred_at, id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id, occurred_at, id);
--rollback DROP TABLE audit_entry;

--changeset rapport:kernel-008-setup-token
-- One-time links to create the first administrator of a production installation (stored hashed).
CREATE TABLE setup_token (
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(3) NOT NULL,
  expires_at DATETIME(3) NOT NULL,
  used_at    DATETIME(3) NULL,
  CONSTRAINT pk_setup_token PRIMARY KEY (token_hash)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE setup_token;
