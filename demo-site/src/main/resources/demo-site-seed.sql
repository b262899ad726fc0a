-- Rows Broadleaf's storefront expects and does not create itself, loaded into an empty database.

-- The role every registered shopper gets (CustomerServiceImpl.createRegisteredCustomerRoles).
INSERT INTO BLC_ROLE (ROLE_ID, ROLE_NAME) VALUES (-1, 'ROLE_USER');
-- The shop's currency.
INSERT INTO BLC_CURRENCY (CURRENCY_CODE, FRIENDLY_NAME, DEFAULT_FLAG) VALUES ('USD', 'US Dollar', TRUE);
-- The shop's language; Broadleaf's request filter resolves the locale, and through it the currency, from here.
INSERT INTO BLC_LOCALE (LOCALE_CODE, FRIENDLY_NAME, DEFAULT_FLAG, CURRENCY_CODE, USE_IN_SEARCH_INDEX) VALUES ('en_US', 'English (US)', TRUE, 'USD', FALSE);
-- Persian, right to left (?blLocaleCode=fa); prices stay in dollars.
INSERT INTO BLC_LOCALE (LOCALE_CODE, FRIENDLY_NAME, DEFAULT_FLAG, CURRENCY_CODE, USE_IN_SEARCH_INDEX) VALUES ('fa', 'Persian (Farsi)', FALSE, 'USD', FALSE);
