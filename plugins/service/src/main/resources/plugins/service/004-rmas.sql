--liquibase formatted sql

--changeset service:004-rma
-- A return material authorisation, requested against a service request: the product to return, why; the decision
-- (coverage WARRANTY, AGREEMENT or GOODWILL when approved; decision_reason, required when refused or approved as
-- goodwill); the return shipment (tracking number, shipped and received days); the inspection's outcome (REPAIR,
-- REPLACE, REFUND) and, for a refund, its amount and the kernel transaction that records it.
CREATE TABLE svc_rma (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  request_id            BIGINT        NOT NULL,
  customer_id           BIGINT        NOT NULL,
  product_id            BIGINT        NULL,
  reason                VARCHAR(2000) NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  coverage              VARCHAR(20)   NULL,
  decision_reason       VARCHAR(2000) NULL,
  tracking_number       VARCHAR(60)   NULL,
  shipped_on            DATE          NULL,
  received_on           DATE          NULL,
  outcome               VARCHAR(20)   NULL,
  inspection_notes      VARCHAR(2000) NULL,
  refund_amount         DECIMAL(19,4) NULL,
  refund_currency       CHAR(3)       NULL,
  refund_transaction_id BIGINT        NULL,
  requested_at          DATETIME(3)   NOT NULL,
  decided_at            DATETIME(3)   NULL,
  completed_at          DATETIME(3)   NULL,
  updated_at            DATETIME(3)   NOT NULL,
  version               INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_svc_rma PRIMARY KEY (id),
  CONSTRAINT fk_svc_rma_request FOREIGN KEY (request_id) REFERENCES svc_request (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_svc_rma_request ON svc_rma (request_id, id);
CREATE INDEX ix_svc_rma_customer ON svc_rma (customer_id, requested_at, id);
CREATE INDEX ix_svc_rma_requested ON svc_rma (requested_at, id);
CREATE INDEX ix_svc_rma_status ON svc_rma (status, requested_at, id);
--rollback DROP TABLE svc_rma;
