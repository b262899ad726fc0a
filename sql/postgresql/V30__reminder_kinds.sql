-- Reminder e-mails of more kinds: a marker's subject is a row's id (with an empty key, or one naming the sort of
-- row) or an occasion of the member (the member's id with a key: a tier and its window, an entry into a segment,
-- a birthday's year). Members may opt out of single kinds besides all reminders.
ALTER TABLE LOY_REMINDER ADD COLUMN SUBJECT_KEY VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE LOY_REMINDER DROP CONSTRAINT UK_LOY_REMINDER_SUBJECT;
ALTER TABLE LOY_REMINDER ADD CONSTRAINT UK_LOY_REMINDER_SUBJECT UNIQUE (KIND, SUBJECT_ID, SUBJECT_KEY);

CREATE TABLE LOY_REMINDER_KIND_OPT_OUT (
    ID           BIGSERIAL PRIMARY KEY,
    CUSTOMER_ID  BIGINT      NOT NULL,
    KIND         VARCHAR(32) NOT NULL,
    OPTED_OUT_AT TIMESTAMP   NOT NULL,
    CONSTRAINT UK_LOY_REMINDER_KIND_OPT_OUT UNIQUE (CUSTOMER_ID, KIND)
);
