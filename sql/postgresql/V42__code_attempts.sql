-- The guessing guard, shared by every shop server on the database: one row per shopper (a customer, a browser
-- session) that is locked while an attempt is counted, and one row per failed (or not yet answered) attempt
-- and shopper, under the attempt's ticket.
-- Rows older than the guard's window are deleted.
CREATE TABLE LOY_CODE_SHOPPER (
    SHOPPER_KEY     VARCHAR(191) NOT NULL PRIMARY KEY,
    LAST_ATTEMPT_AT TIMESTAMP    NOT NULL
);

CREATE TABLE LOY_CODE_ATTEMPT (
    TICKET       VARCHAR(36)  NOT NULL,
    SHOPPER_KEY  VARCHAR(191) NOT NULL,
    ATTEMPTED_AT TIMESTAMP    NOT NULL,
    PRIMARY KEY (TICKET, SHOPPER_KEY)
);
CREATE INDEX IX_LOY_CODE_ATTEMPT_SHOPPER ON LOY_CODE_ATTEMPT (SHOPPER_KEY, ATTEMPTED_AT);
CREATE INDEX IX_LOY_CODE_ATTEMPT_AT ON LOY_CODE_ATTEMPT (ATTEMPTED_AT);
