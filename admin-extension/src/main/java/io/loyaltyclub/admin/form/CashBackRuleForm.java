package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.program.CashBackRuleRecord;

/**
 * A cash-back rule's fields, checked: a name, a percentage above 0 and at most 100, a window that ends after it
 * starts, no negative minimum, a cap above 0, lists of ids and codes.
 */
public final class CashBackRuleForm implements RecordForm<CashBackRuleRecord> {

    private final FormInput input;
    private final CashBackRuleRecord values = new CashBackRuleRecord();

    private CashBackRuleForm(FormInput input) {
        this.input = input;
    }

    public static Map<String, String> valuesOf(CashBackRuleRecord rule, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", rule.getName());
        values.put("active", String.valueOf(rule.isActive()));
        values.put("percentage", ProgramSettingsForm.plain(rule.getPercentage()));
        RuleWindowInput.show(values, rule.getStartsAt(), rule.getEndsAt(), zone);
        values.put("productIds", ProgramSettingsForm.text(rule.getProductIds()));
        values.put("categoryIds", ProgramSettingsForm.text(rule.getCategoryIds()));
        values.put("minOrderAmount", ProgramSettingsForm.plain(rule.getMinOrderAmount()));
        values.put("maxPerOrder", ProgramSettingsForm.plain(rule.getMaxPerOrder()));
        values.put("tierCodes", ProgramSettingsForm.text(rule.getTierCodes()));
        values.put("segmentCodes", ProgramSettingsForm.text(rule.getSegmentCodes()));
        return values;
    }

    public static CashBackRuleForm read(FormInput input, ZoneId zone) {
        CashBackRuleForm form = new CashBackRuleForm(input);
        CashBackRuleRecord rule = form.values;
        rule.setName(input.text("name", true, 100));
        rule.setActive(input.flag("active"));
        rule.setPercentage(input.decimal("percentage", true, BigDecimal.ZERO, BigDecimal.valueOf(100), 4));
        if (rule.getPercentage() != null && rule.getPercentage().signum() == 0) {
            input.error("percentage", "The percentage must be above 0 (switch the rule off instead).");
        }
        Date[] window = RuleWindowInput.read(input, zone);
        rule.setStartsAt(window[0]);
        rule.setEndsAt(window[1]);
        rule.setProductIds(EarningRuleForm.ids(input, "productIds", false));
        rule.setCategoryIds(EarningRuleForm.ids(input, "categoryIds", false));
        rule.setMinOrderAmount(input.decimal("minOrderAmount", false, BigDecimal.ZERO, null, 5));
        rule.setMaxPerOrder(input.decimal("maxPerOrder", false, BigDecimal.ZERO, null, 5));
        if (rule.getMaxPerOrder() != null && rule.getMaxPerOrder().signum() == 0) {
            input.error("maxPerOrder", "The cap must be above 0 (leave it empty for no cap).");
        }
        rule.setTierCodes(EarningRuleForm.codes(input, "tierCodes", false));
        rule.setSegmentCodes(EarningRuleForm.codes(input, "segmentCodes", false));
        if (!input.hasErrors()) {
            try {
                rule.toRule();
            } catch (LoyaltyException e) {
                input.error("name", "This rule is not valid: " + e.getMessage() + ".");
            }
        }
        return form;
    }

    @Override
    public void applyTo(CashBackRuleRecord rule) {
        input.requireValid();
        rule.setName(values.getName());
        rule.setActive(values.isActive());
        rule.setPercentage(values.getPercentage());
        rule.setStartsAt(values.getStartsAt());
        rule.setEndsAt(values.getEndsAt());
        rule.setProductIds(values.getProductIds());
        rule.setCategoryIds(values.getCategoryIds());
        rule.setMinOrderAmount(values.getMinOrderAmount());
        rule.setMaxPerOrder(values.getMaxPerOrder());
        rule.setTierCodes(values.getTierCodes());
        rule.setSegmentCodes(values.getSegmentCodes());
    }

    @Override
    public FormInput input() {
        return input;
    }
}
