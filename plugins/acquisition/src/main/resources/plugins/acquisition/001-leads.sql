--liquibase formatted sql

--changeset acquisition:001-lead
-- A prospect before they are a customer. Ids of kernel records (users, departments, customers, products) are
-- plain numbers: the kernel's tables are not the plugin's to reference.
CREATE TABLE acq_lead (
  id                             BIGINT       NOT NULL AUTO_INCREMENT,
  first_name                     VARCHAR(100) NULL,
  last_name                      VARCHAR(100) NULL,
  company                        VARCHAR(200) NULL,
  job_title                      VARCHAR(100) NULL,
  email                          VARCHAR(254) NULL,
  phone                          VARCHAR(40)  NULL,
  phone_digits                   VARCHAR(20)  NULL,
  name_key                       VARCHAR(300) NOT NULL,
  street                         VARCHAR(200) NULL,
  postal_code                    VARCHAR(20)  NULL,
  city                           VARCHAR(100) NULL,
  country_code                   CHAR(2)      NULL,
  preferred_language             VARCHAR(35)  NULL,
  marketing_consent              BOOLEAN      NOT NULL DEFAULT FALSE,
  source                         VARCHAR(20)  NOT NULL,
  source_detail                  VARCHAR(200) NULL,
  campaign_id                    BIGINT       NULL,
  notes                          TEXT         NULL,
  status                         VARCHAR(20)  NOT NULL,
  disqualify_reason              VARCHAR(500) NULL,
  score                          INT          NOT NULL DEFAULT 0,
  owner_id                       BIGINT       NULL,
  department_id                  BIGINT       NULL,
  possible_duplicate_lead_id     BIGINT       NULL,
  possible_duplicate_customer_id BIGINT       NULL,
  customer_id                    BIGINT       NULL,
  captured_at                    DATETIME(3)  NOT NULL,
  first_contact_at               DATETIME(3)  NULL,
  qualified_at                   DATETIME(3)  NULL,
  converted_at                   DATETIME(3)  NULL,
  updated_at                     DATETIME(3)  NOT NULL,
  version                        INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_acq_lead PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_lead_captured ON acq_lead (captured_at, id);
CREATE INDEX ix_acq_lead_status_captured ON acq_lead (status, captured_at, id);
CREATE INDEX ix_acq_lead_owner_captured ON acq_lead (owner_id, captured_at, id);
CREATE INDEX ix_acq_lead_department_captured ON acq_lead (department_id, captured_at, id);
CREATE INDEX ix_acq_lead_score ON acq_lead (score, id);
CREATE INDEX ix_acq_lead_campaign ON acq_lead (campaign_id, status);
CREATE INDEX ix_acq_lead_email ON acq_lead (email);
CREATE INDEX ix_acq_lead_phone ON acq_lead (phone_digits);
CREATE INDEX ix_acq_lead_name ON acq_lead (name_key, id);
CREATE INDEX ix_acq_lead_customer ON acq_lead (customer_id);
CREATE INDEX ix_acq_lead_first_contact ON acq_lead (first_contact_at);
--rollback DROP TABLE acq_lead;

--changeset acquisition:001-lead-product
-- The products a lead is interested in.
CREATE TABLE acq_lead_product (
  lead_id    BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  CONSTRAINT pk_acq_lead_product PRIMARY KEY (lead_id, product_id),
  CONSTRAINT fk_acq_lead_product_lead FOREIGN KEY (lead_id) REFERENCES acq_lead (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_lead_product_product ON acq_lead_product (product_id, lead_id);
--rollback DROP TABLE acq_lead_product;

--changeset acquisition:001-lead-interaction
-- A lead's contacts, append-only like the kernel's interaction log; carried over to it on conversion.
CREATE TABLE acq_lead_interaction (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  lead_id     BIGINT       NOT NULL,
  channel     VARCHAR(20)  NOT NULL,
  direction   VARCHAR(10)  NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  notes       TEXT         NULL,
  outcome     VARCHAR(20)  NOT NULL,
  occurred_at DATETIME(3)  NOT NULL,
  recorded_by BIGINT       NULL,
  recorded_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_acq_lead_interaction PRIMARY KEY (id),
  CONSTRAINT fk_acq_lead_interaction_lead FOREIGN KEY (lead_id) REFERENCES acq_lead (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_acq_lead_interaction_lead ON acq_lead_interaction (lead_id, occurred_at, id);
--rollback DROP TABLE acq_lead_interaction;

--changeset acquisition:001-lead-score-line
-- Why a lead has its score: one line per rule that gave points, replaced at every recalculation. The rule's
-- terms are copied, so a line still explains itself after the rule was changed or deleted.
CREATE TABLE acq_lead_score_line (
  lead_id       BIGINT       NOT NULL,
  position      INT          NOT NULL,
  rule_id       BIGINT       NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  field         VARCHAR(30)  NULL,
  match_value   VARCHAR(200) NULL,
  response_type VARCHAR(20)  NULL,
  channel       VARCHAR(20)  NULL,
  direction     VARCHAR(10)  NULL,
  occurrences   INT          NOT NULL,
  points        INT          NOT NULL,
  CONSTRAINT pk_acq_lead_score_line PRIMARY KEY (lead_id, position),
  CONSTRAINT fk_acq_lead_score_line_lead FOREIGN KEY (lead_id) REFERENCES acq_lead (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_lead_score_line;

--changeset acquisition:001-handled-event
-- Events this plugin already handled: deliveries are at least once.
CREATE TABLE acq_handled_event (
  sequence   BIGINT      NOT NULL,
  handled_at DATETIME(3) NOT NULL,
  CONSTRAINT pk_acq_handled_event PRIMARY KEY (sequence)
)
-- [jooq ignore start]
ENGINE=InnoDB
-- [jooq ignore stop]
;
--rollback DROP TABLE acq_handled_event;
