--liquibase formatted sql

--changeset rapport:kernel-033-interaction-figure-indexes
-- The figures count a period's interactions per channel (company-wide, or recorded by a department's members) and
-- the customers with any interaction in it. The indexes of 010 found the period's rows but not their channel or
-- customer, so every such count read each row of the period from the table: eight channel counts and the active
-- customers of one month took minutes at 1,000,000 customers (bench/RESULTS.md, balanced scorecard). These replace
-- them with indexes that hold what the counts read, so a count reads the index alone.
CREATE INDEX ix_interaction_occurred_channel ON interaction (occurred_at, channel, customer_id);
CREATE INDEX ix_interaction_recorded_by_occurred_channel ON interaction (recorded_by, occurred_at, channel);
DROP INDEX ix_interaction_occurred ON interaction;
DROP INDEX ix_interaction_recorded_by_occurred ON interaction;
--rollback CREATE INDEX ix_interaction_recorded_by_occurred ON interaction (recorded_by, occurred_at);
--rollback CREATE INDEX ix_interaction_occurred ON interaction (occurred_at);
--rollback DROP INDEX ix_interaction_recorded_by_occurred_channel ON interaction;
--rollback DROP INDEX ix_interaction_occurred_channel ON interaction;
