package io.loyaltyclub.broadleaf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.UUID;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardRedemption;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Early access rewards: redeeming tags the member, whose tag opens a category hidden from everyone else. */
@ExtendWith(BroadleafExtension.class)
class EarlyAccessIT {

    @Test
    void redeemingOpensTheHiddenCategoryToTheMemberOnlyAndReversingClosesItAgain(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Category preview = shop.category("Autumn preview");
        Category open = shop.category("Everyday");
        String tag = "EARLY-" + UUID.randomUUID().toString().substring(0, 8);
        Reward early = rewards(context).define(Reward.earlyAccess("Autumn preview", 300, preview.getId(), tag));
        Customer member = shop.customer();
        Customer other = shop.customer();
        context.bean("blLoyaltyPointsLedger", PointsLedger.class).adjust(member.getId(), 500, "welcome", "test", "test:" + UUID.randomUUID());

        assertThat(pageAnswer(context, preview, member)).as("before redeeming").isEqualTo(404);
        RewardRedemption redemption = rewards(context).redeem(member.getId(), early.getId(), "test:" + UUID.randomUUID());

        assertThat(context.bean("blLoyaltySegmentService", SegmentService.class).tags(member.getId())).contains(tag);
        assertThat(pageAnswer(context, preview, member)).isEqualTo(200);
        assertThat(pageAnswer(context, preview, other)).isEqualTo(404);
        assertThat(pageAnswer(context, preview, null)).as("an anonymous shopper").isEqualTo(404);
        assertThat(pageAnswer(context, open, other)).isEqualTo(200);

        rewards(context).reverse(redemption.getId());
        assertThat(pageAnswer(context, preview, member)).isEqualTo(404);
        assertThat(context.bean("blLoyaltySegmentService", SegmentService.class).tags(member.getId())).doesNotContain(tag);
    }

    @Test
    void anEarlyAccessRewardNeedsItsCategoryAndTag(BroadleafContext context) {
        try {
            rewards(context).define(Reward.earlyAccess("No tag", 100, 1L, " "));
        } catch (LoyaltyException e) {
            assertThat(e.getCode()).isEqualTo("invalid_reward");
            return;
        }
        throw new AssertionError("expected invalid_reward");
    }

    /** What the storefront answers for the category's page: 200 (the handler runs) or the error sent. */
    private static int pageAnswer(BroadleafContext context, Category category, Customer customer) throws Exception {
        EarlyAccessCategoryInterceptor interceptor = new EarlyAccessCategoryInterceptor();
        interceptor.setCategories(context.bean("blLoyaltyEarlyAccessCategories", EarlyAccessCategories.class));
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getAttribute(EarlyAccessCategoryInterceptor.CATEGORY_ATTRIBUTE)).thenReturn(category);
        when(request.getAttribute("customer")).thenReturn(customer);
        HttpServletResponse response = mock(HttpServletResponse.class);
        if (interceptor.preHandle(request, response, new Object())) {
            verify(response, never()).sendError(HttpServletResponse.SC_NOT_FOUND);
            return 200;
        }
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
        return 404;
    }

    private static RewardService rewards(BroadleafContext context) {
        return context.bean("blLoyaltyRewardService", RewardService.class);
    }
}
