package io.loyaltyclub.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.lang.reflect.Field;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import io.loyaltyclub.broadleaf.customer.MemberSearch;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.members.MemberAdjustments;
import io.loyaltyclub.standing.SegmentService;

/** Admins without the section's permission, or without the managing one, get Broadleaf's refusal and change nothing. */
class MembersControllerTest {

    private final ClubAdminAccess access = mock(ClubAdminAccess.class);
    private final MemberSearch search = mock(MemberSearch.class);
    private final MemberAdjustments adjustments = mock(MemberAdjustments.class);
    private final PointsLedger points = mock(PointsLedger.class);
    private final SegmentService segments = mock(SegmentService.class);
    private final MembersController controller = new MembersController();

    @BeforeEach
    void setUp() throws Exception {
        inject("access", access);
        inject("search", search);
        inject("adjustments", adjustments);
        inject("pointsLedger", points);
        inject("segments", segments);
    }

    @Test
    void withoutTheSectionsPermissionNothingIsShown() {
        when(access.canView(MembersController.SECTION_URI)).thenReturn(false);

        assertThat(controller.find(new ExtendedModelMap(), "shopper", null)).isEqualTo("noAccess");
        assertThat(controller.member(new ExtendedModelMap(), 7L, null, null)).isEqualTo("noAccess");
        verifyNoInteractions(search, points);
    }

    @Test
    void readersCannotAdjustNorTag() {
        when(access.canView(MembersController.SECTION_URI)).thenReturn(true);
        when(access.canManage()).thenReturn(false);

        assertThat(controller.adjust(new ExtendedModelMap(), new RedirectAttributesModelMap(), 7L, "points", "ADD", "10",
                "Goodwill", "0f8e5c3a-1d2b-4c5d-8e9f-0a1b2c3d4e5f")).isEqualTo("noAccess");
        assertThat(controller.tag(new ExtendedModelMap(), new RedirectAttributesModelMap(), 7L, "vip", null))
                .isEqualTo("noAccess");
        verifyNoInteractions(adjustments, segments, points);
    }

    private void inject(String field, Object value) throws Exception {
        Field target = MembersController.class.getDeclaredField(field);
        target.setAccessible(true);
        target.set(controller, value);
    }
}
