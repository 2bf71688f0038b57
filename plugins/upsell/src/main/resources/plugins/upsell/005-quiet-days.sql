--liquibase formatted sql

--changeset upsell:005-rule-days-since-contact
-- A rule may ask that the customer's last contact (the newest interaction before the event) lie at least this many
-- days back; null: any. A customer never contacted passes.
ALTER TABLE ups_rule ADD COLUMN min_days_since_contact INT NULL;
--rollback ALTER TABLE ups_rule DROP COLUMN min_days_since_contact;
