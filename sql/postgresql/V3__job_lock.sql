-- Leases on the club's background jobs, so that only one shop server runs a job at a time.
CREATE TABLE LOY_JOB_LOCK (
    JOB_NAME     VARCHAR(64)  NOT NULL PRIMARY KEY,
    OWNER        VARCHAR(64),
    LOCKED_UNTIL TIMESTAMP
);
