-- A reward's discount code on the products of one category only.
ALTER TABLE LOY_REWARD ADD COLUMN CATEGORY_ID BIGINT;
