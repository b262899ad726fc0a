package io.loyaltyclub.admin.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.segment.SegmentCondition;
import io.loyaltyclub.segment.SegmentField;
import io.loyaltyclub.segment.SegmentOperator;
import io.loyaltyclub.standing.SegmentRecord;

class SegmentFormTest {

    private static Map<String, String> segment(String conditions) {
        Map<String, String> values = new HashMap<String, String>();
        values.put("code", "big-spenders");
        values.put("name", "Big spenders");
        values.put("active", "true");
        values.put("conditions", conditions);
        return values;
    }

    @Test
    void conditionsAreReadInGroupsAndShownTheSameWay() {
        SegmentForm form = SegmentForm.read(new FormInput(segment("TOTAL_SPENT GE 500\nORDER_COUNT GE 3\nOR\nTAG HAS vip")),
                Collections.<String>emptyList());
        assertThat(form.input().errors()).isEmpty();
        List<List<SegmentCondition>> groups = form.groups();
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).extracting(SegmentCondition::getField)
                .containsExactly(SegmentField.TOTAL_SPENT, SegmentField.ORDER_COUNT);
        assertThat(groups.get(1).get(0).getOperator()).isEqualTo(SegmentOperator.HAS);

        SegmentRecord record = new SegmentRecord();
        form.applyTo(record);
        assertThat(SegmentForm.valuesOf(record, groups)).containsEntry("code", "big-spenders")
                .containsEntry("conditions", "TOTAL_SPENT GE 500\nORDER_COUNT GE 3\nOR\nTAG HAS vip");
    }

    @Test
    void aConditionThatDoesNotFitIsRefusedWithItsLine() {
        Map<String, String> errors = SegmentForm.read(new FormInput(segment("ORDER_COUNT GE 2\nTOTAL_SPENT HAS lots")),
                Collections.<String>emptyList()).input().errors();
        assertThat(errors.get("conditions")).startsWith("Line 2 (TOTAL_SPENT HAS lots)");
        assertThat(SegmentForm.read(new FormInput(segment("SHOE_SIZE GT 40")), Collections.<String>emptyList())
                .input().errors().get("conditions")).contains("unknown field or operator");
        assertThat(SegmentForm.read(new FormInput(segment("OR")), Collections.<String>emptyList()).input().errors())
                .containsEntry("conditions", "A segment needs at least one condition.");
    }

    @Test
    void aTakenOrMalformedCodeIsRefused() {
        assertThat(SegmentForm.read(new FormInput(segment("ORDER_COUNT GE 2")), Arrays.asList("big-spenders"))
                .input().errors()).containsEntry("code", "Segment big-spenders exists already.");
        Map<String, String> values = segment("ORDER_COUNT GE 2");
        values.put("code", "Big Spenders");
        assertThat(SegmentForm.read(new FormInput(values), Collections.<String>emptyList()).input().errors())
                .containsEntry("code", "Lower-case letters, digits, '_' or '-' only.");
    }
}
