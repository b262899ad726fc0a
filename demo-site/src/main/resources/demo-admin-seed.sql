-- The demo's own admin rows, loaded after Broadleaf's load_admin_roles/permissions/menu.sql into an empty database.

-- The admin user admin / admin with Broadleaf's master role ROLE_ADMIN (-1). Broadleaf's default admin
-- password encoder (password.admin.encoder) stores passwords as plain text: fine for a demo, not for a shop.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-1, 'Demo Administrator', 'admin', 'admin', 'admin@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-1, -1);

-- The Loyalty Club's menu, permissions and view-only role come from the club's own admin script
-- (sql/admin/loyalty-admin-seed.sql, loaded before this file).

-- A second admin who may look at the club but change nothing: clubviewer / clubviewer, role ROLE_LOYALTY_CLUB_VIEWER.
INSERT INTO BLC_ADMIN_USER (ADMIN_USER_ID, NAME, LOGIN, PASSWORD, EMAIL, ACTIVE_STATUS_FLAG) VALUES (-920, 'Club Viewer', 'clubviewer', 'clubviewer', 'clubviewer@example.com', TRUE);
INSERT INTO BLC_ADMIN_USER_ROLE_XREF (ADMIN_USER_ID, ADMIN_ROLE_ID) VALUES (-920, -920);
