package io.loyaltyclub.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** What the admin screens change in the catalogue: a reward's terms, a punch card's name and state, the campaigns list. */
@ExtendWith(BroadleafExtension.class)
class CatalogueAdministrationIT {

    @Test
    void aRewardsTermsChangeAndWhatItSoldStays(BroadleafContext context, ShopFixtures shop) {
        RewardService rewards = context.bean("blLoyaltyRewardService", RewardService.class);
        Reward gift = rewards.define(new Reward("Mug", RewardKind.GIFT, 400).stock(5L));
        Customer member = RewardsIT.member(context, shop, 1000);
        rewards.redeem(member.getId(), gift.getId(), UUID.randomUUID().toString());

        Reward copy = rewards.rewards().stream().filter(r -> r.getId().equals(gift.getId())).findFirst().get();
        assertThat(copy.getRedeemed()).isEqualTo(1);
        copy.setName("Big mug");
        copy.setPointsPrice(600);
        copy.stock(8L);
        rewards.update(copy);

        Reward saved = rewards.reward(gift.getId());
        assertThat(saved.getName()).isEqualTo("Big mug");
        assertThat(saved.getPointsPrice()).isEqualTo(600);
        assertThat(saved.getStock()).isEqualTo(8L);
        assertThat(saved.getRedeemed()).as("what was redeemed stays counted").isEqualTo(1);
        assertThat(saved.getKind()).isEqualTo(RewardKind.GIFT);

        copy.setPointsPrice(0);
        assertThatThrownBy(() -> rewards.update(copy)).isInstanceOf(LoyaltyException.class);
        assertThat(rewards.reward(gift.getId()).getPointsPrice()).isEqualTo(600);
    }

    @Test
    void aPunchCardIsRenamedAndSwitchedOff(BroadleafContext context) {
        RewardService rewards = context.bean("blLoyaltyRewardService", RewardService.class);
        PunchCardService cards = context.bean("blLoyaltyPunchCardService", PunchCardService.class);
        Reward coffee = rewards.define(new Reward("Free coffee", RewardKind.GIFT, 1));
        PunchCard card = cards.define(new PunchCard("Coffee card", 5, coffee.getId()));

        PunchCard listed = cards.cards().stream().filter(c -> c.getId().equals(card.getId())).findFirst().get();
        listed.rename("Coffee lovers");
        listed.setActive(false);
        cards.update(listed);

        PunchCard saved = cards.cards().stream().filter(c -> c.getId().equals(card.getId())).findFirst().get();
        assertThat(saved.getName()).isEqualTo("Coffee lovers");
        assertThat(saved.isActive()).isFalse();
        assertThat(saved.getPunchesNeeded()).isEqualTo(5);
    }

    @Test
    void campaignsAreListedNewestFirst(BroadleafContext context) {
        CodeStore codes = context.bean("blLoyaltyCodeStore", CodeStore.class);
        CodeCampaign first = codes.createCampaign(CampaignRequest.of("First", "FIRST", CodeDiscount.percentOff(BigDecimal.TEN)));
        CodeCampaign second = codes.createCampaign(CampaignRequest.of("Second", "SECOND", CodeDiscount.freeShipping()));

        assertThat(codes.campaigns()).extracting(CodeCampaign::getId).containsSubsequence(second.getId(), first.getId());
    }
}
