-- Earning rules may be for the members of some segments only.
ALTER TABLE LOY_EARNING_RULE ADD COLUMN SEGMENT_CODES VARCHAR(1000);
