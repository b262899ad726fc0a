package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;

/**
 * Who may do what in the club's admin screens (bean {@code blLoyaltyAdminAccess}), from Broadleaf's admin
 * permissions: <b>viewing</b> a screen needs a permission of its section (READ or ALL, the way Broadleaf grants
 * sections); <b>managing</b> the club (any change) needs the ALL permission of the club's section
 * ({@code /loyalty-club}, e.g. "Maintain Loyalty Club"), held through a role or directly.
 */
public class ClubAdminAccess {

    /** The club's main section; its ALL permission is the one that allows changes. */
    public static final String CLUB_SECTION = "/loyalty-club";

    private AdminNavigationService navigation;
    private SecurityVerifier security;

    /**
     * Whether the signed-in admin may see the screen at {@code sectionUri}. A screen whose section has no menu
     * row of its own is governed by the club's main section.
     */
    public boolean canView(String sectionUri) {
        AdminUser user = currentUser();
        if (user == null) {
            return false;
        }
        AdminSection section = navigation.findAdminSectionByURI(sectionUri);
        if (section == null) {
            section = navigation.findAdminSectionByURI(CLUB_SECTION);
        }
        return section != null && navigation.isUserAuthorizedToViewSection(user, section);
    }

    /** Whether the signed-in admin may change the club's settings, rules, tiers and the rest. */
    public boolean canManage() {
        AdminUser user = currentUser();
        if (user == null) {
            return false;
        }
        AdminSection club = navigation.findAdminSectionByURI(CLUB_SECTION);
        if (club == null || club.getPermissions() == null) {
            return false;
        }
        Set<Long> managing = new HashSet<Long>();
        for (AdminPermission permission : club.getPermissions()) {
            if (PermissionType.ALL.equals(permission.getType())) {
                managing.add(permission.getId());
            }
        }
        for (AdminPermission held : heldPermissions(user)) {
            if (managing.contains(held.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in admin's login, as the audit records it; {@code null} when nobody is signed in. */
    public String currentAdminName() {
        AdminUser user = currentUser();
        return user == null ? null : user.getLogin();
    }

    private AdminUser currentUser() {
        return security.getPersistentAdminUser();
    }

    private static List<AdminPermission> heldPermissions(AdminUser user) {
        List<AdminPermission> held = new ArrayList<AdminPermission>();
        if (user.getAllRoles() != null) {
            for (AdminRole role : user.getAllRoles()) {
                if (role.getAllPermissions() != null) {
                    held.addAll(role.getAllPermissions());
                }
            }
        }
        if (user.getAllPermissions() != null) {
            held.addAll(user.getAllPermissions());
        }
        return held;
    }

    public void setNavigation(AdminNavigationService navigation) {
        this.navigation = navigation;
    }

    public void setSecurity(SecurityVerifier security) {
        this.security = security;
    }
}
