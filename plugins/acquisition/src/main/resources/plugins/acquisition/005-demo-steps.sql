--liquibase formatted sql

--changeset acquisition:005-demo-steps
-- The steps of the plugin's demo data that are done: each step is stored in the transaction that made its data, so
-- a first start cut short is completed by the next start without making anything twice.
CREATE TABLE acq_demo_step (
    step VARCHAR(40) NOT NULL PRIMARY KEY,
    done_at DATETIME(3) NOT NULL
);
--rollback DROP TABLE acq_demo_step;
