-- What admins changed in the club's screens: who, when, which entity, and its fields before and after (JSON).
-- Rows are only ever added; the club never updates or deletes them.
CREATE TABLE LOY_ADMIN_AUDIT (
    ID          BIGSERIAL PRIMARY KEY,
    ADMIN_NAME  VARCHAR(255)  NOT NULL,
    ENTITY_TYPE VARCHAR(64)   NOT NULL,
    ENTITY_ID   VARCHAR(64),
    ACTION      VARCHAR(32)   NOT NULL,
    BEFORE_JSON VARCHAR(8000),
    AFTER_JSON  VARCHAR(8000),
    CHANGED_AT  TIMESTAMP     NOT NULL
);
CREATE INDEX IX_LOY_ADMIN_AUDIT_ENTITY ON LOY_ADMIN_AUDIT (ENTITY_TYPE, ENTITY_ID);
