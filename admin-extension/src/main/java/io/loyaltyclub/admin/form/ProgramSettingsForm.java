package io.loyaltyclub.admin.form;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.loyaltyclub.ledger.ExpiryPolicy;
import io.loyaltyclub.ledger.ShortfallPolicy;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.standing.TierLadderSettings;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/**
 * The program settings screen's fields, checked: the club's name, what a point is worth, the base earning rate,
 * the return window, the expiry policy, paying with points, the caps, the reminder e-mails and what the tier
 * ladder measures over which window. Pure: only reads
 * the typed values and writes a settings object once everything is valid.
 */
public final class ProgramSettingsForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long MAX_POINTS = 1000000000L;

    private final FormInput input;
    private String clubName;
    private String timeZone;
    private BigDecimal pointValue;
    private BigDecimal baseRate;
    private Long returnWindowDays;
    private ExpiryPolicy.Kind expiryKind;
    private Long expiryMonths;
    private ShortfallPolicy shortfallPolicy;
    private Long reversalGraceDays;
    private boolean giftCardsEarn;
    private Long maxPointsPerOrder;
    private Long maxPointsPerDay;
    private Long maxPointsPerMonth;
    private boolean pointsPaymentEnabled;
    private Long pointsPaymentMin;
    private Long pointsPaymentStep;
    private BigDecimal pointsPaymentMaxShare;
    private Integer creditExpiryDays;
    private boolean reminderEmailsEnabled;
    private TierMetric tierMetric;
    private TierWindow.Kind tierWindowKind;
    private Long tierWindowMonths;

    private ProgramSettingsForm(FormInput input) {
        this.input = input;
    }

    /** The settings as the form shows them. */
    public static Map<String, String> valuesOf(ProgramSettings settings, BigDecimal baseRate, TierLadderSettings ladder) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("clubName", settings.getClubName());
        values.put("timeZone", settings.getTimeZone());
        values.put("pointValue", plain(settings.getPointValue()));
        values.put("baseRate", plain(baseRate));
        values.put("returnWindowDays", String.valueOf(settings.getReturnWindowDays()));
        values.put("expiryKind", settings.expiryPolicy().getKind().name());
        values.put("expiryMonths", String.valueOf(settings.expiryPolicy().getMonths()));
        values.put("shortfallPolicy", settings.getShortfallPolicy().name());
        values.put("reversalGraceDays", String.valueOf(settings.getReversalGraceDays()));
        values.put("giftCardsEarn", String.valueOf(settings.isGiftCardsEarn()));
        values.put("maxPointsPerOrder", text(settings.getMaxPointsPerOrder()));
        values.put("maxPointsPerDay", text(settings.getMaxPointsPerDay()));
        values.put("maxPointsPerMonth", text(settings.getMaxPointsPerMonth()));
        values.put("pointsPaymentEnabled", String.valueOf(settings.isPointsPaymentEnabled()));
        values.put("pointsPaymentMin", String.valueOf(settings.getPointsPaymentMin()));
        values.put("pointsPaymentStep", String.valueOf(settings.getPointsPaymentStep()));
        values.put("pointsPaymentMaxShare", plain(settings.getPointsPaymentMaxShare()));
        values.put("creditExpiryDays", text(settings.getCreditExpiryDays()));
        values.put("reminderEmailsEnabled", String.valueOf(settings.isReminderEmailsEnabled()));
        values.put("tierMetric", ladder.getMetric().name());
        values.put("tierWindowKind", ladder.getWindowKind().name());
        values.put("tierWindowMonths", String.valueOf(ladder.getWindowMonths()));
        return values;
    }

    /** Reads and checks every field; see {@link #input()} for the messages. */
    public static ProgramSettingsForm read(FormInput input) {
        ProgramSettingsForm form = new ProgramSettingsForm(input);
        form.clubName = input.text("clubName", true, 100);
        form.timeZone = input.text("timeZone", true, 64);
        if (form.timeZone != null) {
            try {
                ZoneId.of(form.timeZone);
            } catch (DateTimeException e) {
                input.error("timeZone", "Unknown time zone: use a name such as Europe/Berlin or UTC.");
            }
        }
        form.pointValue = input.decimal("pointValue", true, BigDecimal.ZERO, BigDecimal.valueOf(1000), 5);
        if (form.pointValue != null && form.pointValue.signum() == 0) {
            input.error("pointValue", "A point must be worth more than 0.");
        }
        form.baseRate = input.decimal("baseRate", true, BigDecimal.ZERO, BigDecimal.valueOf(10000), 6);
        form.returnWindowDays = input.whole("returnWindowDays", true, 0, 365);
        form.expiryKind = input.choice("expiryKind", ExpiryPolicy.Kind.class, true);
        boolean expires = form.expiryKind != null && form.expiryKind != ExpiryPolicy.Kind.NEVER;
        form.expiryMonths = input.whole("expiryMonths", expires, expires ? 1 : 0, 1200);
        form.shortfallPolicy = input.choice("shortfallPolicy", ShortfallPolicy.class, true);
        form.reversalGraceDays = input.whole("reversalGraceDays", true, 0, 3650);
        form.giftCardsEarn = input.flag("giftCardsEarn");
        form.maxPointsPerOrder = input.whole("maxPointsPerOrder", false, 1, MAX_POINTS);
        form.maxPointsPerDay = input.whole("maxPointsPerDay", false, 1, MAX_POINTS);
        form.maxPointsPerMonth = input.whole("maxPointsPerMonth", false, 1, MAX_POINTS);
        if (form.maxPointsPerDay != null && form.maxPointsPerMonth != null
                && form.maxPointsPerMonth < form.maxPointsPerDay) {
            input.error("maxPointsPerMonth", "The monthly cap must not be below the daily cap.");
        }
        form.pointsPaymentEnabled = input.flag("pointsPaymentEnabled");
        form.pointsPaymentMin = input.whole("pointsPaymentMin", true, 0, MAX_POINTS);
        form.pointsPaymentStep = input.whole("pointsPaymentStep", true, 1, 1000000);
        form.pointsPaymentMaxShare = input.decimal("pointsPaymentMaxShare", true, BigDecimal.ZERO, HUNDRED, 2);
        if (form.pointsPaymentMin != null && form.pointsPaymentStep != null
                && form.pointsPaymentMin % form.pointsPaymentStep != 0) {
            input.error("pointsPaymentMin", "The minimum must be a multiple of the step ("
                    + form.pointsPaymentStep + ").");
        }
        form.creditExpiryDays = input.count("creditExpiryDays", false, 0, 36500);
        form.reminderEmailsEnabled = input.flag("reminderEmailsEnabled");
        form.tierMetric = input.choice("tierMetric", TierMetric.class, true);
        form.tierWindowKind = input.choice("tierWindowKind", TierWindow.Kind.class, true);
        boolean rolling = form.tierWindowKind == TierWindow.Kind.ROLLING_MONTHS;
        // A calendar year is always twelve months; the field only counts for a rolling window.
        form.tierWindowMonths = rolling ? input.whole("tierWindowMonths", true, 1, 60) : Long.valueOf(12);
        return form;
    }

    /** Writes the checked values into {@code settings}; only when the input has no errors. */
    public void applyTo(ProgramSettings settings) {
        input.requireValid();
        settings.setClubName(clubName);
        settings.setTimeZone(timeZone);
        settings.setPointValue(pointValue);
        settings.setReturnWindowDays(returnWindowDays.intValue());
        settings.setExpiryKind(expiryKind);
        settings.setExpiryMonths(expiryMonths == null ? 0 : expiryMonths.intValue());
        settings.setShortfallPolicy(shortfallPolicy);
        settings.setReversalGraceDays(reversalGraceDays.intValue());
        settings.setGiftCardsEarn(giftCardsEarn);
        settings.setMaxPointsPerOrder(maxPointsPerOrder);
        settings.setMaxPointsPerDay(maxPointsPerDay);
        settings.setMaxPointsPerMonth(maxPointsPerMonth);
        settings.setPointsPaymentEnabled(pointsPaymentEnabled);
        settings.setPointsPaymentMin(pointsPaymentMin);
        settings.setPointsPaymentStep(pointsPaymentStep);
        settings.setPointsPaymentMaxShare(pointsPaymentMaxShare);
        settings.setCreditExpiryDays(creditExpiryDays);
        settings.setReminderEmailsEnabled(reminderEmailsEnabled);
    }

    public BigDecimal baseRate() {
        return baseRate;
    }

    /** What the tier ladder measures; only when the input has no errors. */
    public TierMetric tierMetric() {
        input.requireValid();
        return tierMetric;
    }

    /** The tier ladder's window; only when the input has no errors. */
    public TierWindow tierWindow() {
        input.requireValid();
        return TierWindow.of(tierWindowKind, tierWindowMonths.intValue());
    }

    public FormInput input() {
        return input;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
