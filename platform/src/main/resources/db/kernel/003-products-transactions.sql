--liquibase formatted sql

--changeset rapport:kernel-003-product
CREATE TABLE product (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  code       VARCHAR(40)   NOT NULL,
  name       VARCHAR(200)  NOT NULL,
  family     VARCHAR(100)  NOT NULL,
  price      DECIMAL(19,4) NOT NULL,
  cost       DECIMAL(19,4) NOT NULL,
  currency   CHAR(3)       NOT NULL,
  active     BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at DATETIME(3)   NOT NULL,
  CONSTRAINT pk_product PRIMARY KEY (id),
  CONSTRAINT uq_product_code UNIQUE (code)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_product_family ON product (family, name);
--rollback DROP TABLE product;

--changeset rapport:kernel-003-customer-transaction
CREATE TABLE customer_transaction (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  customer_id   BIGINT        NOT NULL,
  kind          VARCHAR(24)   NOT NULL,
  amount        DECIMAL(19,4) NOT NULL,
  currency      CHAR(3)       NOT NULL,
  product_id    BIGINT        NULL,
  occurred_at   DATETIME(3)   NOT NULL,
  source_system VARCHAR(50)   NOT NULL,
  external_ref  VARCHAR(100)  NULL,
  recorded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT pk_customer_transaction PRIMARY KEY (id),
  CONSTRAINT fk_customer_transaction_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_customer_transaction_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT uq_customer_transaction_external UNIQUE (source_system, external_ref)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_transaction_timeline ON customer_transaction (customer_id, occurred_at, id);
--rollback DROP TABLE customer_transaction;
