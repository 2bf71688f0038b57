--liquibase formatted sql

--changeset rapport:kernel-024-recent-customer
-- The customers each user opened last (their 360° view), for the home page. One row per user and customer, its time
-- renewed on every opening; the kernel keeps at most a handful per user (RecentCustomers.KEPT), so the table stays
-- small and a user's list is one index range.
CREATE TABLE recent_customer (
  user_id     BIGINT       NOT NULL,
  customer_id BIGINT       NOT NULL,
  opened_at   DATETIME(3)  NOT NULL,
  CONSTRAINT pk_recent_customer PRIMARY KEY (user_id, customer_id),
  CONSTRAINT fk_recent_customer_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_recent_customer_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
)
-- [jooq ignore start]
ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin
-- [jooq ignore stop]
;
CREATE INDEX ix_recent_customer_user_opened ON recent_customer (user_id, opened_at);
CREATE INDEX ix_recent_customer_customer ON recent_customer (customer_id);
--rollback DROP TABLE recent_customer;
