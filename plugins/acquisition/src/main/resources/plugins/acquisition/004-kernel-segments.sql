--liquibase formatted sql

--changeset acquisition:004-campaign-customer-segment
-- Customer segments are kernel data since SDK 1.3 (moved out of acq_segment, which keeps the lead segments): a
-- campaign draws its targets either from a lead segment (segment_id) or from a kernel segment (customer_segment_id).
ALTER TABLE acq_campaign ADD COLUMN customer_segment_id BIGINT NULL;
--rollback ALTER TABLE acq_campaign DROP COLUMN customer_segment_id;
