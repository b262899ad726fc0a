-- A member's lots by expiry: "points expiring in the next N days" reads only the lots in that window, where the
-- lots index (account, bucket, remaining) made it walk every open lot of the account.
CREATE INDEX IX_LOY_POINTS_ENTRY_ACCOUNT_EXPIRY ON LOY_POINTS_ENTRY (ACCOUNT_ID, EXPIRES_AT);
