-- Automatic codes: birthday, tier welcome, win-back and points-threshold rules, each issuing personal codes of
-- its campaign (once per occasion, by the codes' issue keys).
CREATE TABLE LOY_AUTO_CODE_RULE (
    ID               BIGSERIAL PRIMARY KEY,
    TRIGGER_TYPE     VARCHAR(24) NOT NULL,
    CAMPAIGN_ID      BIGINT      NOT NULL,
    VALID_DAYS       INTEGER     NOT NULL,
    DAYS_BEFORE      INTEGER     DEFAULT 0 NOT NULL,
    TIER_CODE        VARCHAR(64),
    THRESHOLD_POINTS BIGINT,
    ACTIVE           BOOLEAN     DEFAULT TRUE NOT NULL,
    CREATED_AT       TIMESTAMP   NOT NULL,
    CONSTRAINT FK_LOY_AUTO_CODE_RULE_CAMPAIGN FOREIGN KEY (CAMPAIGN_ID) REFERENCES LOY_CODE_CAMPAIGN (ID)
);
CREATE INDEX IX_LOY_AUTO_CODE_RULE_TRIGGER ON LOY_AUTO_CODE_RULE (TRIGGER_TYPE);
