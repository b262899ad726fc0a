package io.loyaltyclub.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.rewards.CatalogueEntry;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardKind;
import io.loyaltyclub.rewards.rules.RewardAvailability;
import io.loyaltyclub.tier.Tier;

class MyClubControllerTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    /** As RewardService.catalogue makes them (its constructor is the rewards package's own). */
    private static CatalogueEntry entry(long price, String unavailableBecause) throws Exception {
        Constructor<CatalogueEntry> constructor = CatalogueEntry.class.getDeclaredConstructor(Reward.class, String.class);
        constructor.setAccessible(true);
        return constructor.newInstance(new Reward("Reward " + price, RewardKind.STORE_CREDIT, price), unavailableBecause);
    }

    @Test
    void aRewardTooDearSaysHowManyPointsAreMissing() throws Exception {
        List<MyClubController.RewardOffer> offers = MyClubController.rewardOffers(Arrays.asList(
                entry(500, null), entry(2500, RewardAvailability.INSUFFICIENT_POINTS),
                entry(100, RewardAvailability.OUT_OF_STOCK)), 1500);
        assertThat(offers).extracting(MyClubController.RewardOffer::getMissingPoints).containsExactly(0L, 1000L, 0L);
    }

    @Test
    void codesAreActiveUsedOrExpired() {
        ClubCode active = code(null, 0, null);
        ClubCode usedUp = code(1L, 1, null);
        ClubCode expired = code(null, 0, NOW.minusSeconds(60));
        ClubCode stillOpen = code(3L, 1, NOW.plusSeconds(3600));
        Map<String, List<ClubCode>> byStatus = MyClubController.codesByStatus(
                Arrays.asList(active, usedUp, expired, stillOpen), NOW);
        assertThat(byStatus.keySet()).containsExactly("active", "used", "expired");
        assertThat(byStatus.get("active")).containsExactly(active, stillOpen);
        assertThat(byStatus.get("used")).containsExactly(usedUp);
        assertThat(byStatus.get("expired")).containsExactly(expired);
        assertThat(MyClubController.codesByStatus(Collections.<ClubCode>emptyList(), NOW).get("active")).isEmpty();
    }

    @Test
    void theNextTierFollowsTheCurrentOne() {
        Tier bronze = new Tier("bronze", "Bronze", BigDecimal.ZERO, null, null, false);
        Tier gold = new Tier("gold", "Gold", BigDecimal.TEN, null, null, true);
        List<Tier> ladder = Arrays.asList(bronze, gold);
        assertThat(MyClubController.tierAfter(ladder, null)).isSameAs(bronze);
        assertThat(MyClubController.tierAfter(ladder, bronze)).isSameAs(gold);
        assertThat(MyClubController.tierAfter(ladder, gold)).isNull();
    }

    @Test
    void aReferralCodeNamesTheMemberAndNothingElse() {
        assertThat(ReferralCode.of(12345)).isEqualTo("R9IX");
        assertThat(ReferralCode.customerOf("R9IX")).isEqualTo(12345L);
        assertThat(ReferralCode.customerOf("r9ix")).isEqualTo(12345L);
        assertThat(ReferralCode.customerOf("9IX")).isNull();
        assertThat(ReferralCode.customerOf("R0")).isNull();
        assertThat(ReferralCode.customerOf("R-1")).isNull();
        assertThat(ReferralCode.customerOf(null)).isNull();
    }

    private static ClubCode code(Long maxUses, long uses, Instant endsAt) {
        ClubCode code = mock(ClubCode.class);
        when(code.usedUp()).thenReturn(maxUses != null && uses >= maxUses);
        when(code.expiredAt(NOW)).thenReturn(endsAt != null && !NOW.isBefore(endsAt));
        return code;
    }
}
