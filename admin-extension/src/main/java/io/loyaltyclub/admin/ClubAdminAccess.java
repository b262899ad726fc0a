package io.loyaltyclub.admin;

import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;

/**
 * Who may do what in the club's admin screens, for the admin signed in to this request (bean
 * {@code blLoyaltyAdminAccess}).
 * <ul>
 * <li>{@link #canView(String)}: Broadleaf's own rule for the section with that URL (the permissions linked to the
 * section in {@code BLC_ADMIN_SEC_PERM_XREF}, held through a role or directly); a screen without a menu row of its
 * own is governed by the club's section.</li>
 * <li>{@link #canManage()}: changing club data (balances, tags) needs one of the club section's ALL-type
 * permissions (in the demo: {@code PERMISSION_LOYALTY_CLUB} ALL), held through a role or directly, also as a child
 * of a friendly permission.</li>
 * </ul>
 * Screens answer Broadleaf's {@code noAccess} view when these say no.
 */
public class ClubAdminAccess {

    /** The club's own section: its ALL permissions are the ones that allow changes. */
    public static final String CLUB_SECTION_URI = "/loyalty-club";

    @Resource(name = "blAdminSecurityRemoteService")
    private SecurityVerifier securityVerifier;

    @Resource(name = "blAdminNavigationService")
    private AdminNavigationService navigation;

    public boolean canView(String sectionUri) {
        AdminUser user = securityVerifier.getPersistentAdminUser();
        if (user == null) {
            return false;
        }
        AdminSection section = navigation.findAdminSectionByURI(sectionUri);
        if (section == null) {
            section = navigation.findAdminSectionByURI(CLUB_SECTION_URI);
        }
        return section != null && navigation.isUserAuthorizedToViewSection(user, section);
    }

    public boolean canManage() {
        AdminUser user = securityVerifier.getPersistentAdminUser();
        AdminSection club = navigation.findAdminSectionByURI(CLUB_SECTION_URI);
        if (user == null || club == null || club.getPermissions() == null) {
            return false;
        }
        for (AdminPermission required : club.getPermissions()) {
            if (required.getType() == PermissionType.ALL && holds(user, required)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The signed-in admin as ledger entries and the audit record them: "name (login)", the login alone when they
     * have no name (names need not be unique, logins are); null: nobody.
     */
    public String currentAdminName() {
        AdminUser user = securityVerifier.getPersistentAdminUser();
        if (user == null) {
            return null;
        }
        String name = user.getName();
        return name == null || name.trim().isEmpty() ? user.getLogin() : name.trim() + " (" + user.getLogin() + ")";
    }

    private static boolean holds(AdminUser user, AdminPermission required) {
        if (user.getAllRoles() != null) {
            for (AdminRole role : user.getAllRoles()) {
                if (role.getAllPermissions() != null && anyIs(role.getAllPermissions(), required)) {
                    return true;
                }
            }
        }
        return user.getAllPermissions() != null && anyIs(user.getAllPermissions(), required);
    }

    private static boolean anyIs(Iterable<AdminPermission> held, AdminPermission required) {
        for (AdminPermission permission : held) {
            if (same(permission, required)) {
                return true;
            }
            List<AdminPermission> children = permission.getAllChildPermissions();
            if (children != null) {
                for (AdminPermission child : children) {
                    if (same(child, required)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean same(AdminPermission a, AdminPermission b) {
        return a.getId() != null && a.getId().equals(b.getId());
    }
}
