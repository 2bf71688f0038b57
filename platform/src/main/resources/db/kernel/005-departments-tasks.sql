--liquibase formatted sql

--changeset rapport:kernel-005-department
CREATE TABLE department (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(40)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  created_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_department PRIMARY KEY (id),
  CONSTRAINT uq_department_code UNIQUE (code)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
-- [jooq ignore start]
INSERT INTO department (code, name, created_at) VALUES
  ('sales', 'Sales', UTC_TIMESTAMP(3)),
  ('marketing', 'Marketing', UTC_TIMESTAMP(3)),
  ('service', 'Customer Service', UTC_TIMESTAMP(3)),
  ('field', 'Field Operations', UTC_TIMESTAMP(3)),
  ('management', 'Management', UTC_TIMESTAMP(3));
-- [jooq ignore stop]
--rollback DROP TABLE department;

--changeset rapport:kernel-005-task
CREATE TABLE task (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  title            VARCHAR(200) NOT NULL,
  description      TEXT         NULL,
  customer_id      BIGINT       NULL,
  due_date         DATE         NULL,
  due_sort         DATE         NOT NULL,
  priority         VARCHAR(10)  NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  assignee_user_id BIGINT       NULL,
  department_id    BIGINT       NULL,
  source           VARCHAR(60)  NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  created_by       BIGINT       NULL,
  completed_at     DATETIME(3)  NULL,
  completed_by     BIGINT       NULL,
  completion_note  TEXT         NULL,
  interaction_id   BIGINT       NULL,
  version          INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_task PRIMARY KEY (id),
  CONSTRAINT fk_task_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_user_id) REFERENCES app_user (id),
  CONSTRAINT fk_task_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_task_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT fk_task_completed_by FOREIGN KEY (completed_by) REFERENCES app_user (id),
  CONSTRAINT fk_task_interaction FOREIGN KEY (interaction_id) REFERENCES interaction (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_task_assignee_open ON task (assignee_user_id, status, due_sort, id);
CREATE INDEX ix_task_department_open ON task (department_id, status, due_sort, id);
CREATE INDEX ix_task_customer ON task (customer_id, status, due_sort, id);
--rollback DROP TABLE task;
