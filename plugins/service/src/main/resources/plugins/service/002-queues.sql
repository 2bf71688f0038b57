--liquibase formatted sql

--changeset service:002-queue
-- A team's queue. assignment: MANUAL, ROUND_ROBIN or SKILL; last_assignee_id: where round-robin continues;
-- hourly_rate/currency: what an hour logged on its requests costs (cost to serve).
CREATE TABLE svc_queue (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  name             VARCHAR(100)  NOT NULL,
  department_id    BIGINT        NOT NULL,
  manager_user_id  BIGINT        NULL,
  assignment       VARCHAR(12)   NOT NULL,
  hourly_rate      DECIMAL(12,2) NOT NULL DEFAULT 0,
  currency         CHAR(3)       NOT NULL,
  last_assignee_id BIGINT        NULL,
  updated_at       DATETIME(3)   NOT NULL,
  version          INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_svc_queue PRIMARY KEY (id),
  CONSTRAINT uq_svc_queue_name UNIQUE (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
-- The agents who work a queue; skills: the request categories they take when the queue assigns by skill.
CREATE TABLE svc_queue_member (
  queue_id BIGINT       NOT NULL,
  user_id  BIGINT       NOT NULL,
  skills   VARCHAR(500) NULL,
  CONSTRAINT pk_svc_queue_member PRIMARY KEY (queue_id, user_id),
  CONSTRAINT fk_svc_queue_member FOREIGN KEY (queue_id) REFERENCES svc_queue (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE svc_queue_member;
--rollback DROP TABLE svc_queue;
