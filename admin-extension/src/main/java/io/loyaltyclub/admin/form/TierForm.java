package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.loyaltyclub.standing.TierRecord;

/**
 * A tier's fields, checked against the rest of the ladder: a code of letters, digits, '_' or '-', a name, a
 * threshold no other tier has (two tiers on one threshold would overlap), a multiplier of at least 1 and a
 * cash-back bonus of 0 to 100 percent.
 */
public final class TierForm implements RecordForm<TierRecord> {

    private final FormInput input;
    private String code;
    private String name;
    private BigDecimal threshold;
    private BigDecimal earningMultiplier;
    private BigDecimal cashBackPercent;
    private boolean freeShipping;

    private TierForm(FormInput input) {
        this.input = input;
    }

    public static Map<String, String> valuesOf(TierRecord tier) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("code", tier.getCode());
        values.put("name", tier.getName());
        values.put("threshold", ProgramSettingsForm.plain(tier.getThreshold()));
        values.put("earningMultiplier", ProgramSettingsForm.plain(tier.getEarningMultiplier()));
        values.put("cashBackPercent", ProgramSettingsForm.plain(tier.getCashBackPercent()));
        values.put("freeShipping", String.valueOf(tier.isFreeShipping()));
        return values;
    }

    /**
     * @param others the ladder's other tiers (not the one edited)
     */
    public static TierForm read(FormInput input, List<TierRecord> others) {
        TierForm form = new TierForm(input);
        form.code = input.text("code", true, 32);
        if (form.code != null && !form.code.matches("[A-Za-z0-9_-]+")) {
            input.error("code", "Letters, digits, '_' or '-' only.");
        }
        form.name = input.text("name", true, 100);
        form.threshold = input.decimal("threshold", true, BigDecimal.ZERO, null, 2);
        form.earningMultiplier = input.decimal("earningMultiplier", true, BigDecimal.ONE, BigDecimal.valueOf(100), 4);
        form.cashBackPercent = input.decimal("cashBackPercent", true, BigDecimal.ZERO, BigDecimal.valueOf(100), 4);
        form.freeShipping = input.flag("freeShipping");
        for (TierRecord other : others) {
            if (form.code != null && other.getCode().equalsIgnoreCase(form.code)) {
                input.error("code", "Tier " + other.getCode() + " exists already.");
            }
            if (form.threshold != null && other.getThreshold().compareTo(form.threshold) == 0) {
                input.error("threshold", "Tier " + other.getName() + " has this threshold already: each tier needs "
                        + "its own threshold, or the tiers overlap.");
            }
        }
        return form;
    }

    @Override
    public void applyTo(TierRecord tier) {
        input.requireValid();
        tier.setCode(code);
        tier.setName(name);
        tier.setThreshold(threshold);
        tier.setEarningMultiplier(earningMultiplier);
        tier.setCashBackPercent(cashBackPercent);
        tier.setFreeShipping(freeShipping);
    }

    @Override
    public FormInput input() {
        return input;
    }
}
