package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardKind;

/**
 * A reward's fields, checked: a name, a price of at least 1 point (a reward for nothing would drain the budget),
 * what it gives (a discount above 0, a product, an amount of credit in a currency) and its terms: a window that
 * ends after it starts, stock, a limit per member, monthly budgets and how many days it stays valid. What a reward
 * gives is fixed once it exists; its terms can change.
 */
public final class RewardForm implements RecordForm<Reward> {

    private final FormInput input;
    private final boolean creating;
    private String name;
    private RewardKind kind;
    private Long pointsPrice;
    private CodeDiscount.Kind discountKind;
    private BigDecimal discountValue;
    private Long productId;
    private BigDecimal value;
    private String currencyCode;
    private String description;
    private boolean active;
    private Date availableFrom;
    private Date availableUntil;
    private String tiers;
    private String segments;
    private Long stock;
    private Long limitPerCustomer;
    private Long monthlyPointsBudget;
    private BigDecimal monthlyMoneyBudget;
    private Integer validDays;

    private RewardForm(FormInput input, boolean creating) {
        this.input = input;
        this.creating = creating;
    }

    public static Map<String, String> valuesOf(Reward reward, ZoneId zone) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("name", reward.getName());
        values.put("kind", reward.getKind() == null ? "" : reward.getKind().name());
        values.put("pointsPrice", String.valueOf(reward.getPointsPrice()));
        CodeDiscount discount = reward.getKind() == null ? null : reward.discount();
        values.put("discountKind", discount == null ? "" : discount.getKind().name());
        values.put("discountValue", discount == null ? "" : ProgramSettingsForm.plain(discount.getValue()));
        values.put("productId", ProgramSettingsForm.text(reward.getProductId()));
        values.put("value", ProgramSettingsForm.plain(reward.getValue()));
        values.put("currencyCode", ProgramSettingsForm.text(reward.getCurrencyCode()));
        values.put("description", ProgramSettingsForm.text(reward.getDescription()));
        values.put("active", String.valueOf(reward.isActive()));
        RuleWindowInput.show(values, reward.getAvailableFrom(), reward.getAvailableUntil(), zone);
        values.put("tiers", ProgramSettingsForm.text(reward.getTiers()));
        values.put("segments", ProgramSettingsForm.text(reward.getSegments()));
        values.put("stock", ProgramSettingsForm.text(reward.getStock()));
        values.put("redeemed", String.valueOf(reward.getRedeemed()));
        values.put("limitPerCustomer", ProgramSettingsForm.text(reward.getLimitPerCustomer()));
        values.put("monthlyPointsBudget", ProgramSettingsForm.text(reward.getMonthlyPointsBudget()));
        values.put("monthlyMoneyBudget", ProgramSettingsForm.plain(reward.getMonthlyMoneyBudget()));
        values.put("validDays", ProgramSettingsForm.text(reward.getValidDays()));
        return values;
    }

    /**
     * @param existing the reward edited, or {@code null} for a new one
     * @param baseCurrency the currency of store credit when none is typed
     */
    public static RewardForm read(FormInput input, Reward existing, ZoneId zone, String baseCurrency) {
        RewardForm form = new RewardForm(input, existing == null);
        form.name = input.text("name", true, 255);
        form.pointsPrice = input.whole("pointsPrice", true, 0, 1000000000L);
        if (form.pointsPrice != null && form.pointsPrice == 0) {
            input.error("pointsPrice", "A reward must cost at least 1 point.");
        }
        if (form.creating) {
            form.readWhatItGives(baseCurrency);
        }
        form.description = input.text("description", false, 1000);
        form.active = input.flag("active");
        Date[] window = RuleWindowInput.read(input, zone);
        form.availableFrom = window[0];
        form.availableUntil = window[1];
        form.tiers = EarningRuleForm.codes(input, "tiers", false);
        form.segments = EarningRuleForm.codes(input, "segments", false);
        form.stock = input.whole("stock", false, 0, Long.MAX_VALUE);
        if (existing != null && form.stock != null && form.stock < existing.getRedeemed()) {
            input.error("stock", "The stock counts what was redeemed already (" + existing.getRedeemed()
                    + "): it cannot be lower.");
        }
        form.limitPerCustomer = input.whole("limitPerCustomer", false, 1, Long.MAX_VALUE);
        form.monthlyPointsBudget = input.whole("monthlyPointsBudget", false, 1, Long.MAX_VALUE);
        form.monthlyMoneyBudget = input.decimal("monthlyMoneyBudget", false, BigDecimal.ZERO, null, 5);
        if (form.monthlyMoneyBudget != null && form.monthlyMoneyBudget.signum() == 0) {
            input.error("monthlyMoneyBudget", "A budget must be above 0 (leave it empty for none).");
        }
        form.validDays = input.count("validDays", false, 1, 36500);
        return form;
    }

    private void readWhatItGives(String baseCurrency) {
        kind = input.choice("kind", RewardKind.class, true);
        if (kind == RewardKind.DISCOUNT_CODE) {
            discountKind = input.choice("discountKind", CodeDiscount.Kind.class, true);
            if (discountKind == CodeDiscount.Kind.FREE_SHIPPING) {
                input.error("discountKind", "Free shipping is a reward kind of its own.");
            }
            BigDecimal most = discountKind == CodeDiscount.Kind.PERCENT_OFF ? BigDecimal.valueOf(100) : null;
            discountValue = input.decimal("discountValue", true, BigDecimal.ZERO, most, 2);
            if (discountValue != null && discountValue.signum() == 0) {
                input.error("discountValue", "The discount must be above 0.");
            }
            productId = input.whole("productId", false, 1, Long.MAX_VALUE);
        }
        if (kind == RewardKind.FREE_PRODUCT) {
            productId = input.whole("productId", true, 1, Long.MAX_VALUE);
            value = input.decimal("value", false, BigDecimal.ZERO, null, 5);
        }
        if (kind == RewardKind.STORE_CREDIT) {
            value = input.decimal("value", true, BigDecimal.ZERO, null, 5);
            if (value != null && value.signum() == 0) {
                input.error("value", "The credit must be above 0.");
            }
            currencyCode = input.raw("currencyCode") == null ? baseCurrency : input.raw("currencyCode");
            if (!currencyCode.matches("[A-Z]{3}")) {
                input.error("currencyCode", "A three-letter currency code, e.g. USD.");
            }
        }
    }

    /** A new reward as typed; only when the input has no errors. */
    public Reward create() {
        input.requireValid();
        Reward reward;
        switch (kind) {
            case DISCOUNT_CODE:
                CodeDiscount discount = CodeDiscount.of(discountKind, discountValue);
                reward = Reward.discountCode(name, pointsPrice, productId == null ? discount : discount.onProducts(productId));
                break;
            case FREE_SHIPPING:
                reward = Reward.discountCode(name, pointsPrice, CodeDiscount.freeShipping());
                break;
            case FREE_PRODUCT:
                reward = Reward.freeProduct(name, pointsPrice, productId, value == null ? BigDecimal.ZERO : value);
                break;
            case STORE_CREDIT:
                reward = Reward.storeCredit(name, pointsPrice, value, currencyCode);
                break;
            default:
                reward = new Reward(name, kind, pointsPrice);
        }
        applyTo(reward);
        return reward;
    }

    /** Writes the name, price and terms into {@code reward}; what it gives stays. */
    @Override
    public void applyTo(Reward reward) {
        input.requireValid();
        reward.setName(name);
        reward.setPointsPrice(pointsPrice);
        reward.setDescription(description);
        reward.setActive(active);
        reward.window(availableFrom == null ? null : availableFrom.toInstant(),
                availableUntil == null ? null : availableUntil.toInstant());
        reward.tiers(tiers == null ? new String[0] : TypedLists.split(tiers));
        reward.segments(segments == null ? new String[0] : TypedLists.split(segments));
        reward.stock(stock);
        reward.limitPerCustomer(limitPerCustomer);
        reward.monthlyBudget(monthlyPointsBudget, monthlyMoneyBudget);
        reward.validDays(validDays);
    }

    @Override
    public FormInput input() {
        return input;
    }
}
