package io.loyaltyclub.admin;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import io.loyaltyclub.admin.form.FieldSpec;
import io.loyaltyclub.admin.form.FormInput;
import io.loyaltyclub.admin.form.RecordForm;
import io.loyaltyclub.admin.form.RewardForm;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardKind;
import io.loyaltyclub.rewards.RewardService;

/**
 * The rewards catalogue ({@code /loyalty-club/rewards}). What a reward gives (its kind, discount, product, credit)
 * is fixed once it exists; its name, price and terms can change, and deactivating takes it out of the catalogue.
 */
@Controller
@RequestMapping(RewardsScreen.SECTION)
public class RewardsScreen extends ClubRecordsScreen<Reward> {

    public static final String SECTION = "/loyalty-club/rewards";

    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;

    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;

    @Override
    protected String sectionUri() {
        return SECTION;
    }

    @Override
    protected String entityType() {
        return "Reward";
    }

    @Override
    protected String title() {
        return "Reward";
    }

    @Override
    protected Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<String, String>();
        columns.put("name", "Name");
        columns.put("kind", "Gives");
        columns.put("pointsPrice", "Points");
        columns.put("active", "Active");
        columns.put("stock", "Stock");
        columns.put("redeemed", "Redeemed");
        columns.put("startsOn", "From");
        columns.put("endsOn", "Until");
        return columns;
    }

    @Override
    protected List<FieldSpec> fields() {
        return Arrays.asList(
                FieldSpec.text("name", "Name"),
                FieldSpec.choice("kind", "Gives", RewardKind.values()).fixedOnEdit(),
                FieldSpec.number("pointsPrice", "Price in points"),
                FieldSpec.choice("discountKind", "Discount", new CodeDiscount.Kind[] {CodeDiscount.Kind.PERCENT_OFF,
                        CodeDiscount.Kind.AMOUNT_OFF}).fixedOnEdit().hint("Discount codes only."),
                FieldSpec.number("discountValue", "Percent or amount off").fixedOnEdit().hint("Discount codes only."),
                FieldSpec.number("productId", "Product id").fixedOnEdit()
                        .hint("Free product; or a discount on that product's units."),
                FieldSpec.number("value", "Amount of credit, or what the product costs the shop").fixedOnEdit(),
                FieldSpec.text("currencyCode", "Currency of the credit").fixedOnEdit().hint("Empty: the base currency."),
                FieldSpec.longText("description", "Description"),
                FieldSpec.checkbox("active", "Active"),
                FieldSpec.date("startsOn", "Available from").hint("Empty: now."),
                FieldSpec.date("endsOn", "Available until (the day it stops)").hint("Empty: no end."),
                FieldSpec.text("tiers", "Tiers allowed").hint("Empty: every member."),
                FieldSpec.text("segments", "Segments allowed").hint("Empty: every member."),
                FieldSpec.number("stock", "Stock").hint("Empty: unlimited."),
                FieldSpec.number("limitPerCustomer", "Limit per member").hint("Empty: none."),
                FieldSpec.number("monthlyPointsBudget", "Points budget per month").hint("Empty: none."),
                FieldSpec.number("monthlyMoneyBudget", "Money budget per month").hint("Empty: none."),
                FieldSpec.number("validDays", "Valid for (days)").hint("Empty: no end."));
    }

    @Override
    protected List<Reward> records() {
        return rewards.rewards();
    }

    @Override
    protected String idOf(Reward record) {
        return String.valueOf(record.getId());
    }

    @Override
    protected Map<String, String> valuesOf(Reward record) {
        return RewardForm.valuesOf(record, program.settings().zone());
    }

    @Override
    protected RecordForm<Reward> read(FormInput input, Reward existing) {
        return RewardForm.read(input, existing, program.settings().zone(), program.settings().getBaseCurrency());
    }

    @Override
    protected Reward newRecord() {
        throw new UnsupportedOperationException("a reward is made from its form: what it gives decides its shape");
    }

    @Override
    protected Reward create(RecordForm<Reward> form) {
        return ((RewardForm) form).create();
    }

    @Override
    protected Reward store(Reward record) {
        return record.getId() == null ? rewards.define(record) : rewards.update(record);
    }

    @Override
    protected void deactivate(Reward record) {
        record.setActive(false);
        rewards.update(record);
    }
}
