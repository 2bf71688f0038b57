--liquibase formatted sql

--changeset field-service:005-request-intake
-- The service plugin's requests that need a visit, as field service received them (by event type name): the work
-- order made for each, or none yet while the customer has no known site (a dispatcher completes it). One row per
-- request, so a repeated delivery makes nothing twice.
CREATE TABLE fsd_request_intake (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  request_id     BIGINT       NOT NULL,
  customer_id    BIGINT       NOT NULL,
  category       VARCHAR(100) NULL,
  priority       VARCHAR(10)  NOT NULL,
  opened_at      DATETIME(3)  NOT NULL,
  work_order_id  BIGINT       NULL,
  resolved_at    DATETIME(3)  NULL,
  CONSTRAINT pk_fsd_request_intake PRIMARY KEY (id),
  CONSTRAINT uq_fsd_request_intake_request UNIQUE (request_id)
);
CREATE INDEX ix_fsd_request_intake_waiting ON fsd_request_intake (work_order_id, resolved_at, id);
--rollback DROP TABLE fsd_request_intake;
