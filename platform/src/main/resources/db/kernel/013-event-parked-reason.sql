--liquibase formatted sql

--changeset rapport:kernel-013-event-parked-reason
-- Why an event is parked for a listener: its delivery kept failing (FAILED), it waits behind an earlier parked event
-- of its customer (BEHIND), or the plugin that defines its type is not running (WAITING_FOR_PLUGIN, the plugin's id in
-- waiting_for). Discarding a failed event releases the ones behind it; a plugin's start releases those waiting for it.
ALTER TABLE event_parked ADD COLUMN reason VARCHAR(20) NOT NULL DEFAULT 'FAILED';
ALTER TABLE event_parked ADD COLUMN waiting_for VARCHAR(60) NULL;
UPDATE event_parked SET reason = 'BEHIND' WHERE attempts = 0;
--rollback ALTER TABLE event_parked DROP COLUMN waiting_for;
--rollback ALTER TABLE event_parked DROP COLUMN reason;
