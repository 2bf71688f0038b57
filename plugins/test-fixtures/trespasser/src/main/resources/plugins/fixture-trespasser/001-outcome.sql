--liquibase formatted sql

--changeset fixture-trespasser:001-outcome
CREATE TABLE tre_outcome (
  probe    VARCHAR(100)  NOT NULL,
  outcome  VARCHAR(2000) NOT NULL,
  CONSTRAINT pk_tre_outcome PRIMARY KEY (probe)
) ENGINE=InnoDB;
--rollback DROP TABLE tre_outcome;
