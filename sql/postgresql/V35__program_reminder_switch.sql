-- Whether the club sends its reminder e-mails at all: a program setting the admin switches (on by default).
ALTER TABLE LOY_PROGRAM ADD COLUMN REMINDER_EMAILS_ENABLED BOOLEAN DEFAULT TRUE NOT NULL;
