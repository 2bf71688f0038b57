--liquibase formatted sql

--changeset acquisition:003-scoring-rule
-- Points a lead earns: for a field's value, for campaign responses, for contacts.
CREATE TABLE acq_scoring_rule (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(20)  NOT NULL,
  field         VARCHAR(30)  NULL,
  match_value   VARCHAR(200) NULL,
  response_type VARCHAR(20)  NULL,
  channel       VARCHAR(20)  NULL,
  direction     VARCHAR(10)  NULL,
  points        INT          NOT NULL,
  max_points    INT          NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_scoring_rule PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_scoring_rule;

--changeset acquisition:003-assignment-rule
-- Who gets a new lead: the first active rule that matches, in position order.
CREATE TABLE acq_assignment_rule (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  position      INT          NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  country_codes VARCHAR(200) NULL,
  product_id    BIGINT       NULL,
  user_id       BIGINT       NULL,
  department_id BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_assignment_rule PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_assignment_rule;

--changeset acquisition:003-round-robin
-- The member of a department queue who got the last lead, so the next goes to the one after.
CREATE TABLE acq_round_robin (
  department_id BIGINT NOT NULL,
  last_user_id  BIGINT NOT NULL,
  CONSTRAINT pk_acq_round_robin PRIMARY KEY (department_id)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_round_robin;
