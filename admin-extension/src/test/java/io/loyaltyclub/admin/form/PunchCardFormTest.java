package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.rewards.PunchCard;

class PunchCardFormTest {

    private static final List<Long> CATALOGUE = Arrays.asList(3L, 4L);

    private static Map<String, String> card(String punches, String reward) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("name", "Coffee card");
        values.put("punchesNeeded", punches);
        values.put("rewardId", reward);
        values.put("categoryId", "12");
        values.put("minAmount", "3.50");
        values.put("active", "true");
        return values;
    }

    @Test
    void aValidCardIsMade() {
        PunchCardForm form = PunchCardForm.read(new FormInput(card("5", "4")), CATALOGUE);
        assertThat(form.input().errors()).isEmpty();
        PunchCard card = form.create();
        assertThat(card.getPunchesNeeded()).isEqualTo(5);
        assertThat(card.getRewardId()).isEqualTo(4L);
        assertThat(card.getCategoryId()).isEqualTo(12L);
        assertThat(card.getMinAmount()).isEqualByComparingTo("3.5");
        assertThat(card.isActive()).isTrue();
    }

    @Test
    void noPunchesOrAnUnknownRewardAreRefused() {
        assertThat(PunchCardForm.read(new FormInput(card("0", "4")), CATALOGUE).input().errors())
                .containsEntry("punchesNeeded", "Must be at least 1.");
        assertThat(PunchCardForm.read(new FormInput(card("5", "99")), CATALOGUE).input().errors())
                .containsEntry("rewardId", "No reward has this id: add the reward to the catalogue first.");
    }

    @Test
    void editingRenamesAndSwitchesOnlyThat() {
        PunchCard card = new PunchCard("Old name", 5, 3L);
        Map<String, String> values = card("9", "4");
        values.put("name", "New name");
        values.remove("active");
        PunchCardForm.read(new FormInput(values), CATALOGUE).applyTo(card);
        assertThat(card.getName()).isEqualTo("New name");
        assertThat(card.isActive()).isFalse();
        assertThat(card.getPunchesNeeded()).isEqualTo(5);
        assertThat(card.getRewardId()).isEqualTo(3L);
    }
}
