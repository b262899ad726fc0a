package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.ledger.ExpiryPolicy;
import io.loyaltyclub.ledger.ShortfallPolicy;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

class ProgramSettingsFormTest {

    private static Map<String, String> valid() {
        Map<String, String> values = new HashMap<String, String>();
        values.put("clubName", "Roastery Club");
        values.put("timeZone", "Europe/Berlin");
        values.put("pointValue", "0.01");
        values.put("baseRate", "1.5");
        values.put("returnWindowDays", "14");
        values.put("expiryKind", "MONTHS_AFTER_AVAILABLE");
        values.put("expiryMonths", "12");
        values.put("shortfallPolicy", "DEBT");
        values.put("reversalGraceDays", "30");
        values.put("pointsPaymentEnabled", "true");
        values.put("pointsPaymentMin", "200");
        values.put("pointsPaymentStep", "100");
        values.put("pointsPaymentMaxShare", "50");
        values.put("maxPointsPerDay", "1000");
        values.put("reminderEmailsEnabled", "true");
        values.put("tierMetric", "ORDERS");
        values.put("tierWindowKind", "ROLLING_MONTHS");
        values.put("tierWindowMonths", "6");
        return values;
    }

    private static Map<String, String> errorsWith(String field, String value) {
        Map<String, String> values = valid();
        values.put(field, value);
        return ProgramSettingsForm.read(new FormInput(values)).input().errors();
    }

    @Test
    void validSettingsAreWrittenIntoTheProgram() {
        ProgramSettingsForm form = ProgramSettingsForm.read(new FormInput(valid()));
        assertThat(form.input().errors()).isEmpty();

        ProgramSettings settings = new ProgramSettings();
        form.applyTo(settings);

        assertThat(settings.getClubName()).isEqualTo("Roastery Club");
        assertThat(settings.getTimeZone()).isEqualTo("Europe/Berlin");
        assertThat(settings.getPointValue()).isEqualByComparingTo("0.01");
        assertThat(settings.getReturnWindowDays()).isEqualTo(14);
        assertThat(settings.expiryPolicy().getKind()).isEqualTo(ExpiryPolicy.Kind.MONTHS_AFTER_AVAILABLE);
        assertThat(settings.getShortfallPolicy()).isEqualTo(ShortfallPolicy.DEBT);
        assertThat(settings.isGiftCardsEarn()).isFalse();
        assertThat(settings.getMaxPointsPerDay()).isEqualTo(1000L);
        assertThat(settings.getMaxPointsPerOrder()).isNull();
        assertThat(settings.getPointsPaymentMaxShare()).isEqualByComparingTo("50");
        assertThat(settings.isReminderEmailsEnabled()).isTrue();
        assertThat(form.baseRate()).isEqualByComparingTo(new BigDecimal("1.5"));
    }

    @Test
    void aNegativeOrZeroPointValueIsRefused() {
        assertThat(errorsWith("pointValue", "-0.01")).containsEntry("pointValue", "Must not be negative.");
        assertThat(errorsWith("pointValue", "0")).containsEntry("pointValue", "A point must be worth more than 0.");
        assertThat(errorsWith("pointValue", "ten")).containsKey("pointValue");
    }

    @Test
    void aNegativeEarningRateIsRefused() {
        assertThat(errorsWith("baseRate", "-1")).containsEntry("baseRate", "Must not be negative.");
    }

    @Test
    void anExpiringPolicyNeedsItsMonthsButNeverDoesNot() {
        assertThat(errorsWith("expiryMonths", "")).containsEntry("expiryMonths", "Required.");
        assertThat(errorsWith("expiryMonths", "0")).containsEntry("expiryMonths", "Must be at least 1.");

        Map<String, String> never = valid();
        never.put("expiryKind", "NEVER");
        never.put("expiryMonths", "");
        assertThat(ProgramSettingsForm.read(new FormInput(never)).input().errors()).isEmpty();
    }

    @Test
    void pointsPaymentLimitsMustFitTogether() {
        assertThat(errorsWith("pointsPaymentMin", "250")).containsEntry("pointsPaymentMin",
                "The minimum must be a multiple of the step (100).");
        assertThat(errorsWith("pointsPaymentMaxShare", "100.5")).containsEntry("pointsPaymentMaxShare",
                "Must be at most 100.");
        assertThat(errorsWith("pointsPaymentMaxShare", "12.345")).containsEntry("pointsPaymentMaxShare",
                "At most 2 decimals.");
        assertThat(errorsWith("pointsPaymentStep", "0")).containsKey("pointsPaymentStep");
    }

    @Test
    void aMonthlyCapBelowTheDailyCapIsRefused() {
        assertThat(errorsWith("maxPointsPerMonth", "999")).containsEntry("maxPointsPerMonth",
                "The monthly cap must not be below the daily cap.");
    }

    @Test
    void anUnknownTimeZoneOrAMissingNameIsRefused() {
        assertThat(errorsWith("timeZone", "Mars/Olympus")).containsKey("timeZone");
        assertThat(errorsWith("clubName", "  ")).containsEntry("clubName", "Required.");
        assertThat(errorsWith("returnWindowDays", "-3")).containsEntry("returnWindowDays", "Must not be negative.");
    }

    @Test
    void nothingIsWrittenWhileTheFormHasErrors() {
        Map<String, String> values = valid();
        values.put("pointValue", "-1");
        ProgramSettingsForm form = ProgramSettingsForm.read(new FormInput(values));

        ProgramSettings settings = new ProgramSettings();
        assertThatThrownBy(() -> form.applyTo(settings)).isInstanceOf(IllegalStateException.class);
        assertThat(settings.getClubName()).isNull();
    }

    @Test
    void theTierLadderIsMeasuredOnAMetricOverARollingWindowOfOneToSixtyMonthsOrACalendarYear() {
        ProgramSettingsForm form = ProgramSettingsForm.read(new FormInput(valid()));
        assertThat(form.tierMetric()).isEqualTo(TierMetric.ORDERS);
        assertThat(form.tierWindow()).isEqualTo(TierWindow.rollingMonths(6));

        assertThat(errorsWith("tierWindowMonths", "0")).containsEntry("tierWindowMonths", "Must be at least 1.");
        assertThat(errorsWith("tierWindowMonths", "61")).containsKey("tierWindowMonths");
        assertThat(errorsWith("tierWindowMonths", "")).containsEntry("tierWindowMonths", "Required.");
        assertThat(errorsWith("tierMetric", "KARMA")).containsKey("tierMetric");

        Map<String, String> year = valid();
        year.put("tierWindowKind", "CALENDAR_YEAR");
        year.put("tierWindowMonths", "");
        assertThat(ProgramSettingsForm.read(new FormInput(year)).tierWindow()).isEqualTo(TierWindow.calendarYear());
    }
}
