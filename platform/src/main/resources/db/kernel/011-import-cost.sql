--liquibase formatted sql

--changeset rapport:kernel-011-drop-customer-owner-created
-- Every inserted customer paid for this index, and imports of a million customers are bound by the insert
-- rate; a department's new customers of a period are found as well through the period's range of
-- ix_customer_created_at, filtered by owner.
DROP INDEX ix_customer_owner_created ON customer;
--rollback CREATE INDEX ix_customer_owner_created ON customer (owner_id, created_at);
