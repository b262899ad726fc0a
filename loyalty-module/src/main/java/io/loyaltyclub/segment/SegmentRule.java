package io.loyaltyclub.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A segment's conditions: groups of conditions that must all hold (AND), any group being enough (OR). So
 * "(A and B) or C" is two groups, [A, B] and [C]. A rule without groups matches nobody.
 */
public final class SegmentRule {

    private final List<List<SegmentCondition>> groups;

    public SegmentRule(List<List<SegmentCondition>> groups) {
        List<List<SegmentCondition>> copy = new ArrayList<>();
        for (List<SegmentCondition> group : groups) {
            if (!group.isEmpty()) {
                copy.add(Collections.unmodifiableList(new ArrayList<>(group)));
            }
        }
        this.groups = Collections.unmodifiableList(copy);
    }

    /** One group: every condition must hold. */
    public static SegmentRule allOf(SegmentCondition... conditions) {
        List<List<SegmentCondition>> groups = new ArrayList<>();
        groups.add(Arrays.asList(conditions));
        return new SegmentRule(groups);
    }

    /** This rule, or the other one. */
    public SegmentRule or(SegmentRule other) {
        List<List<SegmentCondition>> both = new ArrayList<>(groups);
        both.addAll(other.groups);
        return new SegmentRule(both);
    }

    public boolean matches(MemberFacts facts) {
        for (List<SegmentCondition> group : groups) {
            boolean all = true;
            for (SegmentCondition condition : group) {
                if (!condition.test(facts)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    public List<List<SegmentCondition>> getGroups() {
        return groups;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (List<SegmentCondition> group : groups) {
            text.append(text.length() == 0 ? "(" : " OR (");
            for (int i = 0; i < group.size(); i++) {
                text.append(i == 0 ? "" : " AND ").append(group.get(i));
            }
            text.append(')');
        }
        return text.toString();
    }
}
