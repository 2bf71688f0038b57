--liquibase formatted sql

--changeset acquisition:002-segment
-- A saved filter of customers or leads that campaigns draw their targets from.
CREATE TABLE acq_segment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  name          VARCHAR(100) NOT NULL,
  audience      VARCHAR(20)  NOT NULL,
  name_prefix   VARCHAR(100) NULL,
  stages        VARCHAR(100) NULL,
  owner_id      BIGINT       NULL,
  tag           VARCHAR(50)  NULL,
  consent_only  BOOLEAN      NOT NULL DEFAULT TRUE,
  lead_statuses VARCHAR(100) NULL,
  lead_source   VARCHAR(20)  NULL,
  min_score     INT          NULL,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_segment PRIMARY KEY (id),
  CONSTRAINT uq_acq_segment_name UNIQUE (name)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_segment;

--changeset acquisition:002-campaign
CREATE TABLE acq_campaign (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  name          VARCHAR(200)  NOT NULL,
  objective     TEXT          NULL,
  channels      VARCHAR(200)  NOT NULL,
  starts_on     DATE          NOT NULL,
  ends_on       DATE          NOT NULL,
  budget        DECIMAL(19,4) NOT NULL,
  actual_cost   DECIMAL(19,4) NOT NULL,
  currency      CHAR(3)       NOT NULL,
  department_id BIGINT        NULL,
  segment_id    BIGINT        NULL,
  created_by    BIGINT        NULL,
  created_at    DATETIME(3)   NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  version       INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_acq_campaign PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_campaign_starts ON acq_campaign (starts_on, id);
CREATE INDEX ix_acq_campaign_department ON acq_campaign (department_id, starts_on);
--rollback DROP TABLE acq_campaign;

--changeset acquisition:002-campaign-activity
-- What a campaign plans to do (send the mailing, hold the event, ...).
CREATE TABLE acq_campaign_activity (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  campaign_id BIGINT       NOT NULL,
  title       VARCHAR(200) NOT NULL,
  channel     VARCHAR(20)  NOT NULL,
  planned_on  DATE         NOT NULL,
  done        BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_campaign_activity PRIMARY KEY (id),
  CONSTRAINT fk_acq_campaign_activity_campaign FOREIGN KEY (campaign_id) REFERENCES acq_campaign (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_campaign_activity_campaign ON acq_campaign_activity (campaign_id, planned_on, id);
--rollback DROP TABLE acq_campaign_activity;

--changeset acquisition:002-campaign-target
-- Who a campaign addresses: a customer or a lead, copied from a segment.
CREATE TABLE acq_campaign_target (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  campaign_id  BIGINT       NOT NULL,
  customer_id  BIGINT       NULL,
  lead_id      BIGINT       NULL,
  display_name VARCHAR(300) NOT NULL,
  email        VARCHAR(254) NULL,
  added_at     DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_campaign_target PRIMARY KEY (id),
  CONSTRAINT fk_acq_campaign_target_campaign FOREIGN KEY (campaign_id) REFERENCES acq_campaign (id),
  CONSTRAINT uq_acq_campaign_target_customer UNIQUE (campaign_id, customer_id),
  CONSTRAINT uq_acq_campaign_target_lead UNIQUE (campaign_id, lead_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_campaign_target_page ON acq_campaign_target (campaign_id, display_name, id);
CREATE INDEX ix_acq_campaign_target_email ON acq_campaign_target (campaign_id, email);
--rollback DROP TABLE acq_campaign_target;

--changeset acquisition:002-campaign-response
-- How someone reacted to a campaign, recorded by hand, imported, or posted through a web form.
CREATE TABLE acq_campaign_response (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  campaign_id   BIGINT        NOT NULL,
  target_id     BIGINT        NULL,
  lead_id       BIGINT        NULL,
  customer_id   BIGINT        NULL,
  response_type VARCHAR(20)   NOT NULL,
  channel       VARCHAR(20)   NOT NULL,
  note          VARCHAR(1000) NULL,
  origin        VARCHAR(20)   NOT NULL,
  responded_at  DATETIME(3)   NOT NULL,
  recorded_by   BIGINT        NULL,
  recorded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_acq_campaign_response PRIMARY KEY (id),
  CONSTRAINT fk_acq_campaign_response_campaign FOREIGN KEY (campaign_id) REFERENCES acq_campaign (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_campaign_response_campaign ON acq_campaign_response (campaign_id, responded_at, id);
CREATE INDEX ix_acq_campaign_response_target ON acq_campaign_response (target_id);
CREATE INDEX ix_acq_campaign_response_lead ON acq_campaign_response (lead_id);
CREATE INDEX ix_acq_campaign_response_customer ON acq_campaign_response (customer_id, responded_at);
--rollback DROP TABLE acq_campaign_response;

--changeset acquisition:002-fulfilment
-- The follow-up tasks made for a campaign's targets, one per target and kind, so none is made twice.
CREATE TABLE acq_fulfilment (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  campaign_id BIGINT      NOT NULL,
  target_id   BIGINT      NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  task_id     BIGINT      NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  CONSTRAINT pk_acq_fulfilment PRIMARY KEY (id),
  CONSTRAINT uq_acq_fulfilment UNIQUE (campaign_id, target_id, kind)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_fulfilment;

--changeset acquisition:002-web-form
-- A form on a website that posts leads to /public/acquisition/web-form with its token.
CREATE TABLE acq_web_form (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  name          VARCHAR(100) NOT NULL,
  token         VARCHAR(64)  NOT NULL,
  campaign_id   BIGINT       NULL,
  response_type VARCHAR(20)  NULL,
  redirect_url  VARCHAR(500) NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_web_form PRIMARY KEY (id),
  CONSTRAINT uq_acq_web_form_token UNIQUE (token)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_web_form;
