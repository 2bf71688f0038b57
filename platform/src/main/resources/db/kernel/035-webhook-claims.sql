--liquibase formatted sql

--changeset rapport:kernel-035-webhook-delivery-per-subscription
-- The sender claims each subscription's due messages in one statement per batch (up to the subscription's free
-- slots): this index lets it read exactly those rows, so a fast receiver's claim never scans, nor locks, the backlog
-- of a slow or failing one.
CREATE INDEX ix_webhook_delivery_subscription_due ON webhook_delivery (subscription_id, status, next_attempt_at, id);
--rollback DROP INDEX ix_webhook_delivery_subscription_due ON webhook_delivery;
