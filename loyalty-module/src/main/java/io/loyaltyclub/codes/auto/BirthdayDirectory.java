package io.loyaltyclub.codes.auto;

import java.time.MonthDay;
import java.util.List;

/** Who has a birthday on a day of the year (the shop knows its customers' birthdays; the club does not). */
public interface BirthdayDirectory {

    /** The customers born on that day of any year; on 28 February of a common year, those born on the 29th too. */
    List<Long> customersBornOn(MonthDay day, boolean leapYear);
}
