package io.loyaltyclub.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.PunchCardForm;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.rewards.PunchCard;
import io.loyaltyclub.rewards.PunchCardService;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardService;

/** Punch cards ({@code /loyalty-club/punch-cards}): "every Nth purchase earns a reward". */
@Controller
@RequestMapping(PunchCardsScreen.SECTION)
public class PunchCardsScreen extends ClubRecordsScreen<PunchCard> {

    public static final String SECTION = "/loyalty-club/punch-cards";

    @Resource(name = "blLoyaltyPunchCardService")
    private PunchCardService cards;

    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "PunchCard";
    }

    @Override
    protected String title() {
        return "Punch card";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("name", "Name");
        columns.put("punchesNeeded", "Punches");
        columns.put("perUnit", "Per unit");
        columns.put("categoryId", "Category");
        columns.put("minAmount", "Minimum");
        columns.put("rewardId", "Reward");
        columns.put("active", "Active");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.number("punchesNeeded", "Punches for the reward").fixedOnEdit(),
                FieldSpec.checkbox("perUnit", "One punch per unit (not per purchase)"),
                FieldSpec.checkbox("carryOver", "Punches past the last carry over to the next card"),
                FieldSpec.number("categoryId", "Only purchases in category (id)").fixedOnEdit().hint("Empty: any purchase."),
                FieldSpec.number("minAmount", "Minimum amount of those lines").fixedOnEdit(),
                FieldSpec.number("rewardId", "Reward granted (id)").fixedOnEdit().hint("From the rewards catalogue."),
                FieldSpec.checkbox("active", "Active"));
    }

    @Override
    protected List<PunchCard> records() {
        return new ArrayList<PunchCard>(cards.cards());
    }

    @Override
    protected String idOf(PunchCard record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> valuesOf(PunchCard record) {
        return PunchCardForm.valuesOf(record);
    }

    @Override
    protected RecordForm<PunchCard> read(FormInput input, PunchCard existing) {
        List<Long> rewardIds = new ArrayList<Long>();
        for (Reward reward : rewards.rewards()) {
            rewardIds.add(reward.getId());
        }
        return PunchCardForm.read(input, rewardIds);
    }

    @Override
    protected PunchCard newRecord() {
        throw new UnsupportedOperationException("a punch card is made from its form");
    }

    @Override
    protected PunchCard create(RecordForm<PunchCard> form) {
        return ((PunchCardForm) form).create();
    }

    @Override
    protected PunchCard store(PunchCard record) {
        return record.getId() == null ? cards.define(record) : cards.update(record);
    }

    @Override
    protected void deactivate(PunchCard record) {
        record.setActive(false);
        cards.update(record);
    }
}
