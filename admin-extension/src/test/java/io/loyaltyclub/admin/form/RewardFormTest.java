package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardKind;

class RewardFormTest {

    private static Map<String, String> reward(String kind, String points) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("name", "Ten percent off");
        values.put("kind", kind);
        values.put("pointsPrice", points);
        values.put("active", "true");
        return values;
    }

    private static RewardForm read(Map<String, String> values, Reward existing) {
        return RewardForm.read(new FormInput(values), existing, ZoneOffset.UTC, "EUR");
    }

    @Test
    void aRewardPricedAtZeroPointsIsRefused() {
        Map<String, String> values = reward("GIFT", "0");
        assertThat(read(values, null).input().errors()).containsEntry("pointsPrice", "A reward must cost at least 1 point.");
        values.put("pointsPrice", "-5");
        assertThat(read(values, null).input().errors()).containsEntry("pointsPrice", "Must not be negative.");
    }

    @Test
    void aDiscountCodeRewardIsMadeWithItsDiscountAndTerms() {
        Map<String, String> values = reward("DISCOUNT_CODE", "500");
        values.put("discountKind", "PERCENT_OFF");
        values.put("discountValue", "10");
        values.put("stock", "100");
        values.put("tiers", "GOLD, SILVER");
        values.put("startsOn", "2027-01-01");
        values.put("endsOn", "2027-02-01");
        RewardForm form = read(values, null);
        assertThat(form.input().errors()).isEmpty();

        Reward reward = form.create();
        assertThat(reward.getKind()).isEqualTo(RewardKind.DISCOUNT_CODE);
        assertThat(reward.discount().getKind()).isEqualTo(CodeDiscount.Kind.PERCENT_OFF);
        assertThat(reward.discount().getValue()).isEqualByComparingTo("10");
        assertThat(reward.getPointsPrice()).isEqualTo(500);
        assertThat(reward.getStock()).isEqualTo(100L);
        assertThat(reward.getTiers()).isEqualTo("GOLD,SILVER");
        assertThat(reward.getAvailableFrom().toInstant().toString()).isEqualTo("2027-01-01T00:00:00Z");
    }

    @Test
    void storeCreditNeedsAnAmountAndTakesTheBaseCurrency() {
        Map<String, String> values = reward("STORE_CREDIT", "1000");
        assertThat(read(values, null).input().errors()).containsEntry("value", "Required.");
        values.put("value", "0");
        assertThat(read(values, null).input().errors()).containsEntry("value", "The credit must be above 0.");
        values.put("value", "10.00");
        Reward reward = read(values, null).create();
        assertThat(reward.getCurrencyCode()).isEqualTo("EUR");
        assertThat(reward.getValue()).isEqualByComparingTo("10");
    }

    @Test
    void aDiscountAboveAHundredPercentOrAFreeProductWithoutProductIsRefused() {
        Map<String, String> discount = reward("DISCOUNT_CODE", "100");
        discount.put("discountKind", "PERCENT_OFF");
        discount.put("discountValue", "120");
        assertThat(read(discount, null).input().errors()).containsEntry("discountValue", "Must be at most 100.");
        assertThat(read(reward("FREE_PRODUCT", "100"), null).input().errors()).containsEntry("productId", "Required.");
    }

    @Test
    void editingChangesTheTermsNotWhatItGives() {
        Reward existing = Reward.storeCredit("Five off", 500, new java.math.BigDecimal("5.00"), "USD");
        Map<String, String> values = reward("GIFT", "750");
        values.put("name", "Five off, now cheaper");
        values.put("value", "500");
        values.put("endsOn", "2027-01-01");
        values.put("startsOn", "2027-03-01");
        assertThat(read(values, existing).input().errors()).containsEntry("endsOn", "The end must be after the start.");

        values.remove("endsOn");
        RewardForm form = read(values, existing);
        assertThat(form.input().errors()).isEmpty();
        form.applyTo(existing);
        assertThat(existing.getName()).isEqualTo("Five off, now cheaper");
        assertThat(existing.getPointsPrice()).isEqualTo(750);
        assertThat(existing.getKind()).isEqualTo(RewardKind.STORE_CREDIT);
        assertThat(existing.getValue()).isEqualByComparingTo("5");
    }
}
