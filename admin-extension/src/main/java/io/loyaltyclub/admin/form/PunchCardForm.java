package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.rewards.PunchCard;

/**
 * A punch card's fields, checked: a name, 1 to 1,000 punches, an existing reward, a category id and no negative
 * minimum amount. Once a card exists only its name and whether it is active change (members' punches count against the rest).
 */
public final class PunchCardForm implements RecordForm<PunchCard> {

    private final FormInput input;
    private String name;
    private Integer punchesNeeded;
    private boolean perUnit;
    private boolean carryOver;
    private Long categoryId;
    private BigDecimal minAmount;
    private Long rewardId;
    private boolean active;

    private PunchCardForm(FormInput input) {
        this.input = input;
    }

    public static Map<String, String> valuesOf(PunchCard card) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", card.getName());
        values.put("punchesNeeded", String.valueOf(card.getPunchesNeeded()));
        values.put("perUnit", String.valueOf(card.isPerUnit()));
        values.put("carryOver", String.valueOf(card.isCarryOver()));
        values.put("categoryId", ProgramSettingsForm.text(card.getCategoryId()));
        values.put("minAmount", ProgramSettingsForm.plain(card.getMinAmount()));
        values.put("rewardId", String.valueOf(card.getRewardId()));
        values.put("active", String.valueOf(card.isActive()));
        return values;
    }

    /**
     * @param rewardIds the rewards of the catalogue (a card grants one of them)
     */
    public static PunchCardForm read(FormInput input, Collection<Long> rewardIds) {
        PunchCardForm form = new PunchCardForm(input);
        form.name = input.text("name", true, 255);
        form.punchesNeeded = input.count("punchesNeeded", true, 1, 1000);
        form.perUnit = input.flag("perUnit");
        form.carryOver = input.flag("carryOver");
        form.categoryId = input.whole("categoryId", false, 1, Long.MAX_VALUE);
        form.minAmount = input.decimal("minAmount", false, BigDecimal.ZERO, null, 5);
        form.rewardId = input.whole("rewardId", true, 1, Long.MAX_VALUE);
        form.active = input.flag("active");
        if (form.rewardId != null && !rewardIds.contains(form.rewardId)) {
            input.error("rewardId", "No reward has this id: add the reward to the catalogue first.");
        }
        return form;
    }

    /** A new card as typed; only when the input has no errors. */
    public PunchCard create() {
        input.requireValid();
        PunchCard card = new PunchCard(name, punchesNeeded, rewardId).inCategory(categoryId).minimumAmount(minAmount)
                .perUnit(perUnit, carryOver);
        card.setActive(active);
        return card;
    }

    /** Renames an existing card, or switches it on or off. */
    @Override
    public void applyTo(PunchCard card) {
        input.requireValid();
        card.rename(name);
        card.setActive(active);
    }

    @Override
    public FormInput input() {
        return input;
    }
}
