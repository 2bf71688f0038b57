--liquibase formatted sql

--changeset rapport:kernel-007-plugin-state
-- Which plugins are enabled, kept in the database so every node and every restart agree.
CREATE TABLE plugin_state (
  plugin_id  VARCHAR(100) NOT NULL,
  enabled    BOOLEAN      NOT NULL,
  version    VARCHAR(50)  NULL,
  last_error TEXT         NULL,
  updated_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_plugin_state PRIMARY KEY (plugin_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE plugin_state;

--changeset rapport:kernel-007-plugin-setting
CREATE TABLE plugin_setting (
  plugin_id     VARCHAR(100) NOT NULL,
  setting_key   VARCHAR(100) NOT NULL,
  setting_value TEXT         NOT NULL,
  CONSTRAINT pk_plugin_setting PRIMARY KEY (plugin_id, setting_key)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE plugin_setting;
