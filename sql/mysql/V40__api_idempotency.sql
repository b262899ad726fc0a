-- The JSON API's answers to requests sent with an Idempotency-Key, per customer: a retry gets the stored answer.
CREATE TABLE LOY_API_RESPONSE (
    CUSTOMER_ID     BIGINT       NOT NULL,
    IDEMPOTENCY_KEY VARCHAR(100) NOT NULL,
    OPERATION       VARCHAR(100) NOT NULL,
    STATUS          INT          NOT NULL,
    BODY            TEXT         NOT NULL,
    CREATED_AT      DATETIME(3)  NOT NULL,
    PRIMARY KEY (CUSTOMER_ID, IDEMPOTENCY_KEY)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
