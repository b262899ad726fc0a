package io.loyaltyclub.admin.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.segment.SegmentCondition;
import io.loyaltyclub.segment.SegmentField;
import io.loyaltyclub.segment.SegmentOperator;
import io.loyaltyclub.standing.SegmentRecord;

/**
 * A segment's fields, checked: a code of lower-case letters, digits, '_' or '-', a name, and its conditions as
 * text, one a line ({@code ORDER_COUNT GE 2}), with a line {@code OR} between groups: every condition of a group
 * must hold, any group is enough. A condition that does not fit its field is refused with its line number.
 */
public final class SegmentForm implements RecordForm<SegmentRecord> {

    public static final String OR = "OR";

    private final FormInput input;
    private String code;
    private String name;
    private boolean active;
    private final List<List<SegmentCondition>> groups = new ArrayList<List<SegmentCondition>>();

    private SegmentForm(FormInput input) {
        this.input = input;
    }

    public static Map<String, String> valuesOf(SegmentRecord segment, List<List<SegmentCondition>> groups) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        values.put("code", segment.getCode());
        values.put("name", segment.getName());
        values.put("active", String.valueOf(segment.isActive()));
        StringBuilder text = new StringBuilder();
        for (List<SegmentCondition> group : groups) {
            if (text.length() > 0) {
                text.append(OR).append('\n');
            }
            for (SegmentCondition condition : group) {
                text.append(condition).append('\n');
            }
        }
        values.put("conditions", text.toString().trim());
        return values;
    }

    /** @param otherCodes the codes of the other segments */
    public static SegmentForm read(FormInput input, List<String> otherCodes) {
        SegmentForm form = new SegmentForm(input);
        form.code = input.text("code", true, 64);
        if (form.code != null && !form.code.matches("[a-z0-9_-]+")) {
            input.error("code", "Lower-case letters, digits, '_' or '-' only.");
        } else if (form.code != null && otherCodes.contains(form.code)) {
            input.error("code", "Segment " + form.code + " exists already.");
        }
        form.name = input.text("name", true, 100);
        form.active = input.flag("active");
        String text = input.text("conditions", true, 10000);
        if (text != null) {
            form.readConditions(text);
        }
        return form;
    }

    private void readConditions(String text) {
        List<SegmentCondition> group = new ArrayList<SegmentCondition>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equalsIgnoreCase(OR)) {
                if (!group.isEmpty()) {
                    groups.add(group);
                }
                group = new ArrayList<SegmentCondition>();
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                if (parts.length < 3) {
                    throw new LoyaltyException(SegmentCondition.INVALID_SEGMENT, "write FIELD OPERATOR value");
                }
                group.add(new SegmentCondition(SegmentField.valueOf(parts[0].toUpperCase()),
                        SegmentOperator.valueOf(parts[1].toUpperCase()), parts[2]));
            } catch (IllegalArgumentException | LoyaltyException e) {
                input.error("conditions", "Line " + (i + 1) + " (" + line + "): " + reason(e) + ".");
                return;
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        if (groups.isEmpty()) {
            input.error("conditions", "A segment needs at least one condition.");
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof LoyaltyException) {
            return e.getMessage();
        }
        return "unknown field or operator (fields: ORDER_COUNT, TOTAL_SPENT, ...; operators: EQ, NE, LT, LE, GT, GE, IN,"
                + " HAS, NOT_HAS)";
    }

    @Override
    public void applyTo(SegmentRecord segment) {
        input.requireValid();
        segment.setCode(code);
        segment.setName(name);
        segment.setActive(active);
    }

    /** The conditions by group, as checked. */
    public List<List<SegmentCondition>> groups() {
        return groups;
    }

    @Override
    public FormInput input() {
        return input;
    }
}
