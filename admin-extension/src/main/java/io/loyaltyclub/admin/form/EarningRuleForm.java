package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.program.EarningRuleRecord;

/**
 * An earning rule's fields, checked: a name, a type, a window that ends after it starts, no negative rate, a
 * coefficient of at least 1, positive bonus points, and what the rule's type needs (products, categories, tiers,
 * days, order counts). Only the fields the type uses are kept.
 */
public final class EarningRuleForm implements RecordForm<EarningRuleRecord> {

    private final FormInput input;
    private final EarningRuleRecord values = new EarningRuleRecord();

    private EarningRuleForm(FormInput input) {
        this.input = input;
    }

    public static Map<String, String> valuesOf(EarningRuleRecord rule, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", rule.getName());
        values.put("type", rule.getType() == null ? "" : rule.getType().name());
        values.put("active", String.valueOf(rule.isActive()));
        RuleWindowInput.show(values, rule.getStartsAt(), rule.getEndsAt(), zone);
        values.put("rate", ProgramSettingsForm.plain(rule.getRate()));
        values.put("coefficient", ProgramSettingsForm.plain(rule.getCoefficient()));
        values.put("bonusPoints", ProgramSettingsForm.text(rule.getBonusPoints()));
        values.put("productIds", ProgramSettingsForm.text(rule.getProductIds()));
        values.put("categoryIds", ProgramSettingsForm.text(rule.getCategoryIds()));
        values.put("tierCodes", ProgramSettingsForm.text(rule.getTierCodes()));
        values.put("segmentCodes", ProgramSettingsForm.text(rule.getSegmentCodes()));
        values.put("daysOfWeek", ProgramSettingsForm.text(rule.getDaysOfWeek()));
        values.put("everyNthOrder", ProgramSettingsForm.text(rule.getEveryNthOrder()));
        values.put("minOrdersInLast30Days", ProgramSettingsForm.text(rule.getMinOrdersInLast30Days()));
        values.put("minDaysSincePreviousOrder", ProgramSettingsForm.text(rule.getMinDaysSincePreviousOrder()));
        return values;
    }

    public static EarningRuleForm read(FormInput input, ZoneId zone) {
        EarningRuleForm form = new EarningRuleForm(input);
        EarningRuleRecord rule = form.values;
        rule.setName(input.text("name", true, 100));
        EarningRuleType type = input.choice("type", EarningRuleType.class, true);
        rule.setType(type);
        rule.setActive(input.flag("active"));
        Date[] window = RuleWindowInput.read(input, zone);
        rule.setStartsAt(window[0]);
        rule.setEndsAt(window[1]);
        if (type == null) {
            return form;
        }
        if (type == EarningRuleType.BASE_RATE) {
            rule.setRate(input.decimal("rate", true, BigDecimal.ZERO, BigDecimal.valueOf(10000), 6));
            if (rule.getRate() != null && rule.getRate().signum() == 0) {
                input.error("rate", "The rate must be above 0 (switch the rule off instead).");
            }
        }
        if (type.isMultiplier()) {
            rule.setCoefficient(input.decimal("coefficient", true, BigDecimal.ONE, BigDecimal.valueOf(100), 6));
        }
        if (type.isBonus()) {
            rule.setBonusPoints(input.whole("bonusPoints", true, 1, 1000000000L));
        }
        boolean products = type == EarningRuleType.PRODUCT_MULTIPLIER || type == EarningRuleType.EXCLUSION;
        boolean categories = type == EarningRuleType.CATEGORY_MULTIPLIER || type == EarningRuleType.EXCLUSION;
        if (products) {
            rule.setProductIds(idList(input, "productIds", type == EarningRuleType.PRODUCT_MULTIPLIER));
        }
        if (categories) {
            rule.setCategoryIds(idList(input, "categoryIds", type == EarningRuleType.CATEGORY_MULTIPLIER));
        }
        if (type == EarningRuleType.EXCLUSION && rule.getProductIds() == null && rule.getCategoryIds() == null
                && !input.hasError("productIds") && !input.hasError("categoryIds")) {
            input.error("productIds", "Name at least one product or category to exclude.");
        }
        if (type == EarningRuleType.TIER_MULTIPLIER) {
            rule.setTierCodes(codeList(input, "tierCodes", true));
        }
        rule.setSegmentCodes(codeList(input, "segmentCodes", false));
        if (type == EarningRuleType.CAMPAIGN_MULTIPLIER) {
            rule.setDaysOfWeek(input.text("daysOfWeek", false, 100));
        }
        if (type == EarningRuleType.NTH_ORDER_BONUS) {
            rule.setEveryNthOrder(input.count("everyNthOrder", true, 2, 1000));
        }
        if (type == EarningRuleType.FREQUENCY_BONUS) {
            rule.setMinOrdersInLast30Days(input.count("minOrdersInLast30Days", true, 1, 1000));
        }
        if (type == EarningRuleType.WELCOME_BACK_BONUS) {
            rule.setMinDaysSincePreviousOrder(input.count("minDaysSincePreviousOrder", true, 1, 3650));
        }
        if (!input.hasErrors()) {
            try {
                rule.toRule();
            } catch (LoyaltyException e) {
                input.error("type", "This rule does not fit its type: " + e.getMessage() + ".");
            }
        }
        return form;
    }

    private static String idList(FormInput input, String field, boolean required) {
        String text = input.text(field, required, 4000);
        if (text != null && !text.matches("\\d+([,\\s]+\\d+)*")) {
            input.error(field, "Ids separated by commas, e.g. 101, 102.");
            return null;
        }
        return text;
    }

    private static String codeList(FormInput input, String field, boolean required) {
        String text = input.text(field, required, 1000);
        if (text != null && !text.matches("[A-Za-z0-9_-]+([,\\s]+[A-Za-z0-9_-]+)*")) {
            input.error(field, "Codes separated by commas, e.g. GOLD, SILVER.");
            return null;
        }
        return text;
    }

    /** Writes the checked values into {@code rule}; only when the input has no errors. */
    @Override
    public void applyTo(EarningRuleRecord rule) {
        input.requireValid();
        rule.setName(values.getName());
        rule.setType(values.getType());
        rule.setActive(values.isActive());
        rule.setStartsAt(values.getStartsAt());
        rule.setEndsAt(values.getEndsAt());
        rule.setRate(values.getRate());
        rule.setCoefficient(values.getCoefficient());
        rule.setBonusPoints(values.getBonusPoints());
        rule.setProductIds(values.getProductIds());
        rule.setCategoryIds(values.getCategoryIds());
        rule.setTierCodes(values.getTierCodes());
        rule.setSegmentCodes(values.getSegmentCodes());
        rule.setDaysOfWeek(values.getDaysOfWeek());
        rule.setEveryNthOrder(values.getEveryNthOrder());
        rule.setMinOrdersInLast30Days(values.getMinOrdersInLast30Days());
        rule.setMinDaysSincePreviousOrder(values.getMinDaysSincePreviousOrder());
    }

    @Override
    public FormInput input() {
        return input;
    }

    static String codes(FormInput input, String field, boolean required) {
        return codeList(input, field, required);
    }

    static String ids(FormInput input, String field, boolean required) {
        return idList(input, field, required);
    }
}
