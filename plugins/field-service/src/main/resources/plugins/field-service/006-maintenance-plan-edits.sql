--liquibase formatted sql

--changeset field-service:006-maintenance-plan-edits
-- Plans are edited on a page now: a version column detects two dispatchers saving one plan (and the generation job
-- moving its due date meanwhile), updated_at says when; the page lists every plan by next due date (active or not)
-- and a plan's generated work orders by their origin reference.
ALTER TABLE fsd_maintenance_plan ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE fsd_maintenance_plan ADD COLUMN updated_at DATETIME(3) NULL;
CREATE INDEX ix_fsd_maintenance_next ON fsd_maintenance_plan (next_due, id);
--rollback DROP INDEX ix_fsd_maintenance_next ON fsd_maintenance_plan;
--rollback ALTER TABLE fsd_maintenance_plan DROP COLUMN updated_at;
--rollback ALTER TABLE fsd_maintenance_plan DROP COLUMN version;
