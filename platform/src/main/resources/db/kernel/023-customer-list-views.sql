--liquibase formatted sql

--changeset rapport:kernel-023-customer-list-view
-- Saved views of the customer list: a filter, a sort and a column set under a name. Private to its owner, or shared
-- with one department (everyone in it sees it; only the owner changes it). Columns are the list's column keys
-- (a plugin's as <plugin-id>.<column-id>), comma-separated.
CREATE TABLE customer_list_view (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  owner_user_id   BIGINT        NOT NULL,
  name            VARCHAR(100)  NOT NULL,
  department_id   BIGINT        NULL,
  name_prefix     VARCHAR(100)  NULL,
  stages          VARCHAR(200)  NULL,
  filter_owner_id BIGINT        NULL,
  tag             VARCHAR(50)   NULL,
  sort            VARCHAR(30)   NOT NULL,
  columns         VARCHAR(1000) NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_customer_list_view PRIMARY KEY (id),
  CONSTRAINT uq_customer_list_view_name UNIQUE (owner_user_id, name),
  CONSTRAINT fk_customer_list_view_owner FOREIGN KEY (owner_user_id) REFERENCES app_user (id),
  CONSTRAINT fk_customer_list_view_department FOREIGN KEY (department_id) REFERENCES department (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_list_view_department ON customer_list_view (department_id);
--rollback DROP TABLE customer_list_view;

--changeset rapport:kernel-023-customer-list-default-view
-- Each user's default view of the customer list (opened when the list is opened without a filter).
CREATE TABLE customer_list_default_view (
  user_id BIGINT NOT NULL,
  view_id BIGINT NOT NULL,
  CONSTRAINT pk_customer_list_default_view PRIMARY KEY (user_id),
  CONSTRAINT fk_customer_list_default_view_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_customer_list_default_view_view FOREIGN KEY (view_id) REFERENCES customer_list_view (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE customer_list_default_view;
