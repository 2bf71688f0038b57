--liquibase formatted sql

--changeset rapport:kernel-025-service-accounts
-- A service account is a user for an integration: it acts through access tokens only and never signs in to the UI.
ALTER TABLE app_user ADD COLUMN service_account BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE app_user DROP COLUMN service_account;

--changeset rapport:kernel-025-api-token
-- Personal access tokens of the REST API. Only the SHA-256 of the secret is kept (the secret has 256 random bits, so a
-- slow hash adds nothing); the prefix is the secret's public start, shown in lists so a user recognises a token.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  user_id      BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  secret_hash  CHAR(64)     NOT NULL,
  prefix       VARCHAR(16)  NOT NULL,
  scope        VARCHAR(16)  NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   BIGINT       NOT NULL,
  expires_at   DATETIME(3)  NOT NULL,
  last_used_at DATETIME(3)  NULL,
  revoked_at   DATETIME(3)  NULL,
  CONSTRAINT pk_api_token PRIMARY KEY (id),
  CONSTRAINT uq_api_token_secret UNIQUE (secret_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_api_token_user ON api_token (user_id, id);
--rollback DROP TABLE api_token;

--changeset rapport:kernel-025-api-idempotency
-- The first answer to a POST with an Idempotency-Key, per token, kept 24 h: a retry with the same key and body gets it
-- again and writes nothing twice. The row is written in the transaction of the write it answers.
CREATE TABLE api_idempotency (
  token_id     BIGINT        NOT NULL,
  idem_key     VARCHAR(255)  NOT NULL,
  request_hash CHAR(64)      NOT NULL,
  status       INT           NOT NULL,
  location     VARCHAR(500)  NULL,
  body         MEDIUMTEXT    NULL,
  created_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_api_idempotency PRIMARY KEY (token_id, idem_key)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_api_idempotency_created ON api_idempotency (created_at);
--rollback DROP TABLE api_idempotency;

--changeset rapport:kernel-025-unmatched-call
-- Calls a phone system reported (POST /api/v1/calls) whose number matched no customer: kept until an agent assigns
-- each to a customer, which logs it on that customer's timeline. The open list is read newest first (keyset).
CREATE TABLE unmatched_call (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  phone_e164     VARCHAR(20)  NOT NULL,
  direction      VARCHAR(16)  NOT NULL,
  started_at     DATETIME(3)  NOT NULL,
  ended_at       DATETIME(3)  NOT NULL,
  agent_user_id  BIGINT       NULL,
  reported_by    BIGINT       NULL,
  reported_at    DATETIME(3)  NOT NULL,
  assigned       BOOLEAN      NOT NULL DEFAULT FALSE,
  customer_id    BIGINT       NULL,
  interaction_id BIGINT       NULL,
  assigned_by    BIGINT       NULL,
  assigned_at    DATETIME(3)  NULL,
  CONSTRAINT pk_unmatched_call PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_unmatched_call_open ON unmatched_call (assigned, started_at, id);
--rollback DROP TABLE unmatched_call;
