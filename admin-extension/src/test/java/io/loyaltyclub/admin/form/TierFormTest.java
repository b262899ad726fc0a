package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.standing.TierRecord;

class TierFormTest {

    private static final List<TierRecord> LADDER = Arrays.asList(
            new TierRecord("SILVER", "Silver", new BigDecimal("200")),
            new TierRecord("GOLD", "Gold", new BigDecimal("500.00")));

    private static Map<String, String> tier(String code, String threshold) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("code", code);
        values.put("name", "Some tier");
        values.put("threshold", threshold);
        values.put("earningMultiplier", "1.25");
        values.put("cashBackPercent", "2");
        values.put("freeShipping", "true");
        return values;
    }

    @Test
    void aTierOnAThresholdOfItsOwnIsWritten() {
        TierForm form = TierForm.read(new FormInput(tier("PLATINUM", "1000")), LADDER);
        assertThat(form.input().errors()).isEmpty();

        TierRecord record = new TierRecord();
        form.applyTo(record);
        assertThat(record.getCode()).isEqualTo("PLATINUM");
        assertThat(record.getThreshold()).isEqualByComparingTo("1000");
        assertThat(record.getEarningMultiplier()).isEqualByComparingTo("1.25");
        assertThat(record.isFreeShipping()).isTrue();
        assertThat(record.toTier().getCode()).isEqualTo("PLATINUM");
    }

    @Test
    void aThresholdAnotherTierHasOverlapsAndIsRefused() {
        Map<String, String> errors = TierForm.read(new FormInput(tier("PLATINUM", "500")), LADDER).input().errors();
        assertThat(errors.get("threshold")).contains("Gold has this threshold already");
    }

    @Test
    void aCodeThatExistsIsRefusedWhateverItsCase() {
        assertThat(TierForm.read(new FormInput(tier("gold", "900")), LADDER).input().errors())
                .containsEntry("code", "Tier GOLD exists already.");
    }

    @Test
    void theTierBeingEditedIsNotCountedAsAnOther() {
        assertThat(TierForm.read(new FormInput(tier("GOLD", "500")), Collections.singletonList(LADDER.get(0)))
                .input().errors()).isEmpty();
    }

    @Test
    void badValuesAreRefusedFieldByField() {
        Map<String, String> values = tier("bad code!", "-1");
        values.put("earningMultiplier", "0.5");
        values.put("cashBackPercent", "101");
        values.put("name", "");
        Map<String, String> errors = TierForm.read(new FormInput(values), LADDER).input().errors();
        assertThat(errors).containsEntry("code", "Letters, digits, '_' or '-' only.")
                .containsEntry("threshold", "Must not be negative.")
                .containsEntry("earningMultiplier", "Must be at least 1.")
                .containsEntry("cashBackPercent", "Must be at most 100.")
                .containsEntry("name", "Required.");
    }
}
