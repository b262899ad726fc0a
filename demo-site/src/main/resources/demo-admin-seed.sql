-- The demo's own admin rows, loaded after Broadleaf's load_admin_roles/permissions/menu.sql into an empty database.

-- The admin user admin / admin with Broadleaf's master role ROLE_ADMIN (-1). Broadleaf's default admin
-- password encoder (password.admin.encoder) stores passwords as plain text: fine for a demo, not for a shop.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-1, 'Demo Administrator', 'admin', 'admin', 'admin@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);

-- The Loyalty Club menu: a module of its own with one section, served by the club admin extension's ClubOverviewController.
INSERT INTO BLC_ADMIN_MODULE (ADMIN_MODULE_ID, NAME, MODULE_KEY, ICON, DISPLAY_ORDER) VALUES (-900, 'Loyalty Club', 'LoyaltyClub', 'icon-star', 350);
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-900, 1000, -900, 'Loyalty Club', 'LoyaltyClub', '/loyalty-club', NULL);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-900, 'View Loyalty Club', 'PERMISSION_LOYALTY_CLUB', 'READ', TRUE);
INSERT INTO BLC_ADMIN_PERMISSION (ADMIN_PERMISSION_ID, DESCRIPTION, NAME, PERMISSION_TYPE, IS_FRIENDLY) VALUES (-901, 'Maintain Loyalty Club', 'PERMISSION_LOYALTY_CLUB', 'ALL', TRUE);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-900, -900);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-900, -901);
INSERT INTO BLC_ADMIN_ROLE_PERMISSION_XREF (ADMIN_ROLE_ID, ADMIN_PERMISSION_ID) VALUES (-1, -901);

-- The Members section of the Loyalty Club module (club customers, balances, adjustments), under the club's permissions.
INSERT INTO BLC_ADMIN_SECTION (ADMIN_SECTION_ID, DISPLAY_ORDER, ADMIN_MODULE_ID, NAME, SECTION_KEY, URL, CEILING_ENTITY) VALUES (-940, 1100, -900, 'Members', 'LoyaltyClubMembers', '/loyalty-club/members', NULL);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-940, -900);
INSERT INTO BLC_ADMIN_SEC_PERM_XREF (ADMIN_SECTION_ID, ADMIN_PERMISSION_ID) VALUES (-940, -901);
