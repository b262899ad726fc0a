package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.program.CashBackRuleRecord;

class CashBackRuleFormTest {

    private static Map<String, String> rule(String percentage) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("name", "Tea cash-back");
        values.put("active", "true");
        values.put("percentage", percentage);
        values.put("categoryIds", "12");
        values.put("maxPerOrder", "5.00");
        return values;
    }

    @Test
    void aValidRuleIsWritten() {
        CashBackRuleForm form = CashBackRuleForm.read(new FormInput(rule("3.5")), ZoneOffset.UTC);
        assertThat(form.input().errors()).isEmpty();
        CashBackRuleRecord record = new CashBackRuleRecord();
        form.applyTo(record);
        assertThat(record.getPercentage()).isEqualByComparingTo("3.5");
        assertThat(record.getCategoryIds()).isEqualTo("12");
        assertThat(record.getMaxPerOrder()).isEqualByComparingTo("5");
        assertThat(record.toRule().getName()).isEqualTo("Tea cash-back");
    }

    @Test
    void percentagesOutsideAboveZeroToAHundredAreRefused() {
        assertThat(CashBackRuleForm.read(new FormInput(rule("0")), ZoneOffset.UTC).input().errors())
                .containsKey("percentage");
        assertThat(CashBackRuleForm.read(new FormInput(rule("-4")), ZoneOffset.UTC).input().errors())
                .containsEntry("percentage", "Must not be negative.");
        assertThat(CashBackRuleForm.read(new FormInput(rule("120")), ZoneOffset.UTC).input().errors())
                .containsEntry("percentage", "Must be at most 100.");
    }

    @Test
    void aZeroCapAndANegativeMinimumAreRefused() {
        Map<String, String> values = rule("2");
        values.put("maxPerOrder", "0");
        values.put("minOrderAmount", "-10");
        assertThat(CashBackRuleForm.read(new FormInput(values), ZoneOffset.UTC).input().errors())
                .containsEntry("maxPerOrder", "The cap must be above 0 (leave it empty for no cap).")
                .containsEntry("minOrderAmount", "Must not be negative.");
    }
}
