package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.CodeDiscount;

/**
 * A new code campaign's fields, checked: a name, a prefix of up to 12 letters and digits, the discount (a
 * percentage above 0 and at most 100, an amount above 0, or free shipping), use limits of at least 1 and a window
 * that ends after it starts. A change of a campaign: its name, limits and end. Also the batch form: 1 to 100,000 codes at a time, each used at least once.
 */
public final class CodeCampaignForm {

    public static final int MAX_BATCH = 100000;

    private final FormInput input;
    private String name;
    private String prefix;
    private CodeDiscount.Kind kind;
    private BigDecimal value;
    private Long maxUses;
    private Long maxUsesPerCustomer;
    private Date startsAt;
    private Date endsAt;

    private CodeCampaignForm(FormInput input) {
        this.input = input;
    }

    public static CodeCampaignForm read(FormInput input, ZoneId zone) {
        CodeCampaignForm form = new CodeCampaignForm(input);
        form.name = input.text("name", true, 255);
        form.prefix = input.text("prefix", false, 12);
        if (form.prefix != null && !form.prefix.matches("[A-Za-z0-9]+")) {
            input.error("prefix", "Letters and digits only.");
        }
        form.kind = input.choice("discountKind", CodeDiscount.Kind.class, true);
        if (form.kind == CodeDiscount.Kind.PERCENT_OFF) {
            form.value = input.decimal("discountValue", true, BigDecimal.ZERO, BigDecimal.valueOf(100), 2);
        } else if (form.kind == CodeDiscount.Kind.AMOUNT_OFF) {
            form.value = input.decimal("discountValue", true, BigDecimal.ZERO, null, 2);
        }
        if (form.value != null && form.value.signum() == 0) {
            input.error("discountValue", "The discount must be above 0.");
        }
        return form.readLimitsAndWindow(zone);
    }

    private CodeCampaignForm readLimitsAndWindow(ZoneId zone) {
        maxUses = input.whole("maxUses", false, 1, Long.MAX_VALUE);
        maxUsesPerCustomer = input.whole("maxUsesPerCustomer", false, 1, Long.MAX_VALUE);
        Date[] window = RuleWindowInput.read(input, zone);
        startsAt = window[0];
        endsAt = window[1];
        return this;
    }

    /** The campaign to create; only when the input has no errors. */
    public CampaignRequest request() {
        input.requireValid();
        CampaignRequest request = CampaignRequest.of(name, prefix, CodeDiscount.of(kind, value));
        if (maxUses != null) {
            request.maxUses(maxUses);
        }
        if (maxUsesPerCustomer != null) {
            request.maxUsesPerCustomer(maxUsesPerCustomer);
        }
        if (startsAt != null || endsAt != null) {
            request.window(instant(startsAt), instant(endsAt));
        }
        return request;
    }

    /**
     * A campaign's change: its name, use limits and end (the day it stops, after the fixed {@code startsOn}).
     * Whether the end is past, or the limit below the uses, the store decides at the moment of saving.
     */
    public static CodeCampaignForm readChange(FormInput input, ZoneId zone) {
        CodeCampaignForm form = new CodeCampaignForm(input);
        form.name = input.text("name", true, 255);
        return form.readLimitsAndWindow(zone);
    }

    public String name() {
        input.requireValid();
        return name;
    }

    public Long maxUses() {
        input.requireValid();
        return maxUses;
    }

    public Long maxUsesPerCustomer() {
        input.requireValid();
        return maxUsesPerCustomer;
    }

    /** The end ({@code null}: none). */
    public Instant endsAt() {
        input.requireValid();
        return instant(endsAt);
    }

    /** How many codes a batch makes (1 to {@value #MAX_BATCH}); {@code null} with a message when not acceptable. */
    public static Integer batchSize(FormInput input) {
        return input.count("count", true, 1, MAX_BATCH);
    }

    /** How often each generated code may be used ({@code null}: only the campaign's limits). */
    public static Long usesPerCode(FormInput input) {
        return input.whole("maxUsesEach", false, 1, Long.MAX_VALUE);
    }

    public FormInput input() {
        return input;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
