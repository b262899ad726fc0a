package io.loyaltyclub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;

import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.remote.SecurityVerifier;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClubAdminAccessTest {

    private final SecurityVerifier verifier = mock(SecurityVerifier.class);
    private final AdminNavigationService navigation = mock(AdminNavigationService.class);
    private final AdminSection club = mock(AdminSection.class);
    private final AdminSection members = mock(AdminSection.class);
    private final AdminPermission read = permission(-900L, PermissionType.READ);
    private final AdminPermission all = permission(-901L, PermissionType.ALL);
    private final ClubAdminAccess access = new ClubAdminAccess();

    @BeforeEach
    void setUp() throws Exception {
        inject("securityVerifier", verifier);
        inject("navigation", navigation);
        when(navigation.findAdminSectionByURI("/loyalty-club")).thenReturn(club);
        when(navigation.findAdminSectionByURI("/loyalty-club/members")).thenReturn(members);
        when(club.getPermissions()).thenReturn(Arrays.asList(read, all));
    }

    @Test
    void nobodySignedInMayDoNothing() {
        assertThat(access.canView("/loyalty-club/members")).isFalse();
        assertThat(access.canManage()).isFalse();
        assertThat(access.currentAdminName()).isNull();
    }

    @Test
    void viewingFollowsBroadleafsSectionRule() {
        AdminUser user = user("Dana Admin", "dana", role(read));
        when(navigation.isUserAuthorizedToViewSection(user, members)).thenReturn(true);

        assertThat(access.canView("/loyalty-club/members")).isTrue();
        assertThat(access.canView("/loyalty-club/unknown")).isFalse();
    }

    @Test
    void managingNeedsTheClubsAllPermissionThroughARoleOrDirectly() {
        user("Reader", "reader", role(read));
        assertThat(access.canManage()).isFalse();

        user("Manager", "manager", role(all));
        assertThat(access.canManage()).isTrue();

        AdminUser direct = user("Direct", "direct");
        when(direct.getAllPermissions()).thenReturn(new HashSet<AdminPermission>(Collections.singleton(all)));
        assertThat(access.canManage()).isTrue();
    }

    @Test
    void aFriendlyPermissionGrantsItsChildren() {
        AdminPermission friendly = permission(-1L, PermissionType.ALL);
        when(friendly.getAllChildPermissions()).thenReturn(Collections.singletonList(all));
        user("Manager", "manager", role(friendly));

        assertThat(access.canManage()).isTrue();
    }

    @Test
    void theAdminsNameWithTheirLoginOrTheLoginAlone() {
        user("  Dana Admin ", "dana");
        assertThat(access.currentAdminName()).isEqualTo("Dana Admin (dana)");
        user(" ", "dana");
        assertThat(access.currentAdminName()).isEqualTo("dana");
    }

    private AdminUser user(String name, String login, AdminRole... roles) {
        AdminUser user = mock(AdminUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getLogin()).thenReturn(login);
        when(user.getAllRoles()).thenReturn(new HashSet<AdminRole>(Arrays.asList(roles)));
        when(user.getAllPermissions()).thenReturn(new HashSet<AdminPermission>());
        when(verifier.getPersistentAdminUser()).thenReturn(user);
        return user;
    }

    private static AdminRole role(AdminPermission... permissions) {
        AdminRole role = mock(AdminRole.class);
        when(role.getAllPermissions()).thenReturn(new HashSet<AdminPermission>(Arrays.asList(permissions)));
        return role;
    }

    private static AdminPermission permission(Long id, PermissionType type) {
        AdminPermission permission = mock(AdminPermission.class);
        when(permission.getId()).thenReturn(id);
        when(permission.getType()).thenReturn(type);
        return permission;
    }

    private void inject(String field, Object value) throws Exception {
        Field target = ClubAdminAccess.class.getDeclaredField(field);
        target.setAccessible(true);
        target.set(access, value);
    }
}
