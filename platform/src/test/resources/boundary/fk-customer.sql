--liquibase formatted sql

--changeset boundary:001-link
CREATE TABLE tbt_link (
  id          BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  CONSTRAINT pk_tbt_link PRIMARY KEY (id),
  CONSTRAINT fk_tbt_link_customer FOREIGN KEY (customer_id) REFERENCES `customer` (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE tbt_link;
