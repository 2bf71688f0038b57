--liquibase formatted sql

--changeset upsell:004-rule-event
-- Rules listen to more than transactions: trigger_event TRANSACTION (the earlier rules), INTERACTION (of a channel,
-- null: any), CUSTOMER_UPDATED (a field of the customer's record changed, e.g. stage) or PLUGIN_EVENT (another
-- plugin's event by its type, e.g. LeadConverted).
ALTER TABLE ups_rule ADD COLUMN trigger_event VARCHAR(20) NOT NULL DEFAULT 'TRANSACTION';
ALTER TABLE ups_rule ADD COLUMN channel VARCHAR(20) NULL;
ALTER TABLE ups_rule ADD COLUMN changed_field VARCHAR(40) NULL;
ALTER TABLE ups_rule ADD COLUMN plugin_event_type VARCHAR(200) NULL;
--rollback ALTER TABLE ups_rule DROP COLUMN plugin_event_type;
--rollback ALTER TABLE ups_rule DROP COLUMN changed_field;
--rollback ALTER TABLE ups_rule DROP COLUMN channel;
--rollback ALTER TABLE ups_rule DROP COLUMN trigger_event;
