--liquibase formatted sql

--changeset rapport:kernel-019-exchange-rate
-- Exchange rates by date: units of the quote currency per unit of the base currency (a central bank's reference
-- rate file gives rates per 1 EUR). One rate per pair and day; a conversion reads the latest of a pair on or
-- before a day (the unique key's range), the administrators' list pages through all by day.
CREATE TABLE exchange_rate (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  rate_date      DATE           NOT NULL,
  base_currency  CHAR(3)        NOT NULL,
  quote_currency CHAR(3)        NOT NULL,
  rate           DECIMAL(24,10) NOT NULL,
  changed_at     DATETIME(3)    NOT NULL,
  CONSTRAINT pk_exchange_rate PRIMARY KEY (id),
  CONSTRAINT uq_exchange_rate_pair_date UNIQUE (base_currency, quote_currency, rate_date)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_exchange_rate_date ON exchange_rate (rate_date, id);
CREATE INDEX ix_exchange_rate_quote_date ON exchange_rate (quote_currency, rate_date, id);
--rollback DROP TABLE exchange_rate;

--changeset rapport:kernel-019-reporting-currency
-- The company's reporting currency: one row, the euro until an administrator sets another (audited).
CREATE TABLE reporting_currency (
  id         TINYINT     NOT NULL,
  currency   CHAR(3)     NOT NULL,
  changed_at DATETIME(3) NULL,
  CONSTRAINT pk_reporting_currency PRIMARY KEY (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin
-- [jooq ignore stop]
;
INSERT INTO reporting_currency (id, currency, changed_at) VALUES (1, 'EUR', NULL);
--rollback DROP TABLE reporting_currency;
