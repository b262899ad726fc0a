package io.loyaltyclub.admin.form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

/** A rule's date window on a form: the first day it applies and the day it stops (in the program's time zone). */
final class RuleWindowInput {

    static final String STARTS = "startsOn";
    static final String ENDS = "endsOn";

    private RuleWindowInput() {
    }

    /** Reads both days; refuses an end on or before the start. Answers {start, end}. */
    static Date[] read(FormInput input, ZoneId zone) {
        Date startsAt = input.day(STARTS, zone);
        Date endsAt = input.day(ENDS, zone);
        if (startsAt != null && endsAt != null && !endsAt.after(startsAt)) {
            input.error(ENDS, "The end must be after the start.");
        }
        return new Date[] {startsAt, endsAt};
    }

    static void show(Map<String, String> values, Date startsAt, Date endsAt, ZoneId zone) {
        values.put(STARTS, day(startsAt, zone));
        values.put(ENDS, day(endsAt, zone));
    }

    private static String day(Date date, ZoneId zone) {
        return date == null ? "" : LocalDate.from(date.toInstant().atZone(zone)).toString();
    }
}
