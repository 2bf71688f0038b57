--liquibase formatted sql

--changeset retention:004-agreement
-- Customers' service agreements as the service plugin's AgreementChanged events told them (read by type name): for
-- contract ends. One row per agreement, the event of the highest version kept (a repeated or late delivery of an
-- older one changes nothing); cancelled_on: the day a cancellation was published, null while it stands.
CREATE TABLE ret_agreement (
  source       VARCHAR(40)  NOT NULL,
  agreement_id BIGINT       NOT NULL,
  customer_id  BIGINT       NOT NULL,
  name         VARCHAR(150) NOT NULL,
  valid_from   DATE         NOT NULL,
  valid_until  DATE         NULL,
  cancelled_on DATE         NULL,
  version      INT          NOT NULL,
  CONSTRAINT pk_ret_agreement PRIMARY KEY (source, agreement_id)
);
CREATE INDEX ix_ret_agreement_customer ON ret_agreement (customer_id);
--rollback DROP TABLE ret_agreement;

--changeset retention:004-catch-up
-- When retention asked the service plugin to announce its existing agreements again (AgreementCatchUp): once, on the
-- first scoring run after it was installed or upgraded, so agreements made before it listened are known too.
CREATE TABLE ret_catch_up (
  name         VARCHAR(40) NOT NULL,
  requested_at DATETIME(3) NULL,
  CONSTRAINT pk_ret_catch_up PRIMARY KEY (name)
);
-- [jooq ignore start]
INSERT INTO ret_catch_up (name, requested_at) VALUES ('agreements', NULL);
-- [jooq ignore stop]
--rollback DROP TABLE ret_catch_up;
