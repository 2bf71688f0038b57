--liquibase formatted sql

--changeset rapport:kernel-022-plugin-permission-department
-- An administrator's decision on a plugin's permission for one department: granted (TRUE) or withdrawn (FALSE).
-- Without a row the permission's role defaults apply. Settings need no table: their values live in plugin_setting.
CREATE TABLE plugin_permission_department (
  plugin_id      VARCHAR(100) NOT NULL,
  permission_key VARCHAR(150) NOT NULL,
  department_id  BIGINT       NOT NULL,
  granted        BOOLEAN      NOT NULL,
  CONSTRAINT pk_plugin_permission_department PRIMARY KEY (permission_key, department_id),
  CONSTRAINT fk_plugin_permission_department FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_plugin_permission_department_plugin ON plugin_permission_department (plugin_id);
--rollback DROP TABLE plugin_permission_department;
