--liquibase formatted sql

--changeset service:006-request-agreement-index
-- Whether an agreement is still used by a request (before an administrator may delete it): an index lookup.
CREATE INDEX ix_svc_request_agreement ON svc_request (agreement_id);
--rollback DROP INDEX ix_svc_request_agreement ON svc_request;
