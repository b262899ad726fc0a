-- Where a backfill of statistics, tiers and segments from the shop's order history stands: its phase (ORDERS:
-- each order's contribution, in chunks by order id; CUSTOMERS: each customer's sums, tier and segments, in chunks
-- by customer id; DONE) and the last id done in it, so a backfill stopped half-way resumes there.
CREATE TABLE LOY_BACKFILL (
    NAME          VARCHAR(64) NOT NULL PRIMARY KEY,
    PHASE         VARCHAR(16) NOT NULL,
    LAST_ORDER_ID BIGINT      NOT NULL,
    ORDERS_DONE   BIGINT      NOT NULL,
    ORDERS_TOTAL  BIGINT      NOT NULL,
    LAST_CUSTOMER_ID BIGINT   NOT NULL,
    CUSTOMERS_DONE   BIGINT   NOT NULL,
    STARTED_AT    TIMESTAMP   NOT NULL,
    UPDATED_AT    TIMESTAMP   NOT NULL,
    FINISHED_AT   TIMESTAMP
);
