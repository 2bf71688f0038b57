--liquibase formatted sql

--changeset rapport:kernel-020-segment
-- Saved customer segments, shared by every plugin. The filter is a JSON document the kernel writes and validates
-- (SegmentFilterCodec): new kinds of condition need no schema change.
CREATE TABLE segment (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100)  NOT NULL,
  description VARCHAR(500)  NULL,
  shared      BOOLEAN       NOT NULL DEFAULT TRUE,
  filter_json TEXT          NOT NULL,
  created_by  BIGINT        NULL,
  created_at  DATETIME(3)   NOT NULL,
  updated_at  DATETIME(3)   NOT NULL,
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_segment PRIMARY KEY (id),
  CONSTRAINT uq_segment_name UNIQUE (name),
  CONSTRAINT fk_segment_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci
-- [jooq ignore stop]
;
--rollback DROP TABLE segment;

--changeset rapport:kernel-020-customer-facet
-- One value per customer and plugin facet (e.g. retention.rfm-class = champions). The primary key leads with the
-- facet so a batch of one facet writes in key order; the second index makes "facet = one of values" a range.
-- No foreign key to customer: a scoring job writes a million rows in batches, and a value of a customer that
-- is gone never matches (conditions join from customer).
CREATE TABLE customer_facet (
  facet_key   VARCHAR(100) NOT NULL,
  customer_id BIGINT       NOT NULL,
  value       VARCHAR(50)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_customer_facet PRIMARY KEY (facet_key, customer_id)
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_customer_facet_value ON customer_facet (facet_key, value, customer_id);
--rollback DROP TABLE customer_facet;
