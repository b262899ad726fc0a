package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CodeCampaignFormTest {

    private static Map<String, String> campaign(String kind, String value) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("name", "Spring mailing");
        values.put("prefix", "SPRING");
        values.put("discountKind", kind);
        values.put("discountValue", value);
        values.put("maxUsesPerCustomer", "1");
        values.put("startsOn", "2027-03-01");
        values.put("endsOn", "2027-04-01");
        return values;
    }

    private static Map<String, String> errors(Map<String, String> values) {
        return CodeCampaignForm.read(new FormInput(values), ZoneOffset.UTC).input().errors();
    }

    @Test
    void aValidCampaignBecomesARequest() {
        CodeCampaignForm form = CodeCampaignForm.read(new FormInput(campaign("PERCENT_OFF", "15")), ZoneOffset.UTC);
        assertThat(form.input().errors()).isEmpty();
        assertThat(form.request()).isNotNull();
        assertThat(errors(campaign("FREE_SHIPPING", ""))).isEmpty();
    }

    @Test
    void discountsOutOfRangeAreRefused() {
        assertThat(errors(campaign("PERCENT_OFF", "0"))).containsEntry("discountValue", "The discount must be above 0.");
        assertThat(errors(campaign("PERCENT_OFF", "150"))).containsEntry("discountValue", "Must be at most 100.");
        assertThat(errors(campaign("AMOUNT_OFF", "-5"))).containsEntry("discountValue", "Must not be negative.");
        assertThat(errors(campaign("AMOUNT_OFF", ""))).containsEntry("discountValue", "Required.");
    }

    @Test
    void aBadPrefixLimitOrWindowIsRefused() {
        Map<String, String> values = campaign("AMOUNT_OFF", "5");
        values.put("prefix", "SPR-NG");
        values.put("maxUses", "0");
        values.put("endsOn", "2027-02-01");
        assertThat(errors(values)).containsEntry("prefix", "Letters and digits only.")
                .containsEntry("maxUses", "Must be at least 1.")
                .containsEntry("endsOn", "The end must be after the start.");
    }

    @Test
    void nothingIsRequestedWhileTheFormHasErrors() {
        CodeCampaignForm form = CodeCampaignForm.read(new FormInput(campaign("PERCENT_OFF", "0")), ZoneOffset.UTC);
        assertThatThrownBy(form::request).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBatchIsOneToAHundredThousandCodes() {
        Map<String, String> values = new HashMap<String, String>();
        values.put("count", "0");
        FormInput input = new FormInput(values);
        assertThat(CodeCampaignForm.batchSize(input)).isNull();
        assertThat(input.errors()).containsEntry("count", "Must be at least 1.");

        values.put("count", "100001");
        assertThat(CodeCampaignForm.batchSize(new FormInput(values))).isNull();
        values.put("count", "250");
        values.put("maxUsesEach", "2");
        FormInput valid = new FormInput(values);
        assertThat(CodeCampaignForm.batchSize(valid)).isEqualTo(250);
        assertThat(CodeCampaignForm.usesPerCode(valid)).isEqualTo(2L);
        assertThat(valid.hasErrors()).isFalse();
    }

    @Test
    void aChangeReadsNameLimitsAndEndAndRefusesAnEndBeforeTheStart() {
        Map<String, String> values = campaign("PERCENT_OFF", "15");
        values.put("maxUses", "500");
        values.put("endsOn", "");
        CodeCampaignForm change = CodeCampaignForm.readChange(new FormInput(values), ZoneOffset.UTC);
        assertThat(change.name()).isEqualTo("Spring mailing");
        assertThat(change.maxUses()).isEqualTo(500L);
        assertThat(change.maxUsesPerCustomer()).isEqualTo(1L);
        assertThat(change.endsAt()).as("no end").isNull();

        values.put("name", "");
        values.put("endsOn", "2027-02-28");
        values.put("maxUsesPerCustomer", "-1");
        CodeCampaignForm bad = CodeCampaignForm.readChange(new FormInput(values), ZoneOffset.UTC);
        assertThat(bad.input().errors()).containsEntry("name", "Required.")
                .containsEntry("endsOn", "The end must be after the start.")
                .containsEntry("maxUsesPerCustomer", "Must be at least 1.");
        assertThatThrownBy(bad::endsAt).isInstanceOf(IllegalStateException.class);
    }
}
