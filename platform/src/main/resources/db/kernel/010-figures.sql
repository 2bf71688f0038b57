--liquibase formatted sql

--changeset rapport:kernel-010-figure-indexes
-- Department figures count a period's rows per department member (or the whole company): every count is an
-- index range over the period, never a scan of the table.
CREATE INDEX ix_customer_owner_created ON customer (owner_id, created_at);
CREATE INDEX ix_interaction_recorded_by_occurred ON interaction (recorded_by, occurred_at);
CREATE INDEX ix_interaction_occurred ON interaction (occurred_at);
CREATE INDEX ix_customer_transaction_occurred ON customer_transaction (occurred_at);
CREATE INDEX ix_task_completed ON task (completed_at);
--rollback DROP INDEX ix_customer_owner_created ON customer;
--rollback DROP INDEX ix_interaction_recorded_by_occurred ON interaction;
--rollback DROP INDEX ix_interaction_occurred ON interaction;
--rollback DROP INDEX ix_customer_transaction_occurred ON customer_transaction;
--rollback DROP INDEX ix_task_completed ON task;
