-- What admins changed in the club's screens: who, when, which entity, and its fields before and after (JSON).
-- Rows are only ever added; the club never updates or deletes them.
CREATE TABLE LOY_ADMIN_AUDIT (
    ID          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ADMIN_NAME  VARCHAR(255)  NOT NULL,
    ENTITY_TYPE VARCHAR(64)   NOT NULL,
    ENTITY_ID   VARCHAR(64),
    ACTION      VARCHAR(32)   NOT NULL,
    BEFORE_JSON TEXT,
    AFTER_JSON  TEXT,
    CHANGED_AT  DATETIME(3)     NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX IX_LOY_ADMIN_AUDIT_ENTITY ON LOY_ADMIN_AUDIT (ENTITY_TYPE, ENTITY_ID);
