package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.program.EarningRuleRecord;

class EarningRuleFormTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Map<String, String> rule(String type) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("name", "A rule");
        values.put("type", type);
        values.put("active", "true");
        return values;
    }

    private static Map<String, String> errors(Map<String, String> values) {
        return EarningRuleForm.read(new FormInput(values), BERLIN).input().errors();
    }

    @Test
    void aCampaignIsWrittenWithItsWindowInTheShopsTimeZone() {
        Map<String, String> values = rule("CAMPAIGN_MULTIPLIER");
        values.put("coefficient", "2");
        values.put("daysOfWeek", "SATURDAY, SUNDAY");
        values.put("startsOn", "2027-02-01");
        values.put("endsOn", "2027-03-01");
        values.put("rate", "5");
        EarningRuleForm form = EarningRuleForm.read(new FormInput(values), BERLIN);
        assertThat(form.input().errors()).isEmpty();

        EarningRuleRecord record = new EarningRuleRecord();
        form.applyTo(record);
        assertThat(record.getType()).isEqualTo(EarningRuleType.CAMPAIGN_MULTIPLIER);
        assertThat(record.getCoefficient()).isEqualByComparingTo("2");
        assertThat(record.getStartsAt().toInstant().toString()).isEqualTo("2027-01-31T23:00:00Z");
        assertThat(record.getRate()).as("a campaign has no rate: the typed one is dropped").isNull();
        assertThat(EarningRuleForm.valuesOf(record, BERLIN)).containsEntry("startsOn", "2027-02-01")
                .containsEntry("endsOn", "2027-03-01");
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        Map<String, String> values = rule("FIRST_ORDER_BONUS");
        values.put("bonusPoints", "50");
        values.put("startsOn", "2027-02-01");
        values.put("endsOn", "2027-02-01");
        assertThat(errors(values)).containsEntry("endsOn", "The end must be after the start.");
    }

    @Test
    void aNegativeOrZeroRateIsRefused() {
        Map<String, String> values = rule("BASE_RATE");
        values.put("rate", "-2");
        assertThat(errors(values)).containsEntry("rate", "Must not be negative.");
        values.put("rate", "0");
        assertThat(errors(values)).containsEntry("rate", "The rate must be above 0 (switch the rule off instead).");
    }

    @Test
    void whatTheTypeNeedsIsRequired() {
        assertThat(errors(rule("PRODUCT_MULTIPLIER"))).containsKeys("coefficient", "productIds");
        assertThat(errors(rule("TIER_MULTIPLIER"))).containsKeys("coefficient", "tierCodes");
        assertThat(errors(rule("NTH_ORDER_BONUS"))).containsKeys("bonusPoints", "everyNthOrder");
        Map<String, String> exclusion = rule("EXCLUSION");
        assertThat(errors(exclusion)).containsEntry("productIds", "Name at least one product or category to exclude.");
        exclusion.put("categoryIds", "7, 9");
        assertThat(errors(exclusion)).isEmpty();
    }

    @Test
    void aMultiplierBelowOneAndMalformedListsAreRefused() {
        Map<String, String> values = rule("CATEGORY_MULTIPLIER");
        values.put("coefficient", "0.5");
        values.put("categoryIds", "tea, coffee");
        values.put("segmentCodes", "<b>vip</b>");
        assertThat(errors(values)).containsEntry("coefficient", "Must be at least 1.")
                .containsEntry("categoryIds", "Ids separated by commas, e.g. 101, 102.")
                .containsEntry("segmentCodes", "Codes separated by commas, e.g. GOLD, SILVER.");
    }

    @Test
    void aRuleTheEngineRefusesIsReportedOnItsType() {
        Map<String, String> values = rule("CAMPAIGN_MULTIPLIER");
        values.put("coefficient", "2");
        values.put("daysOfWeek", "FUNDAY");
        assertThat(errors(values).get("type")).startsWith("This rule does not fit its type").contains("FUNDAY");
    }
}
