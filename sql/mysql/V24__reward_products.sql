-- Rewards on one product: a discount code on its units, or a free product (one unit free with the code).
ALTER TABLE LOY_REWARD ADD COLUMN PRODUCT_ID BIGINT;
