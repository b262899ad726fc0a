package io.loyaltyclub.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.codes.auto.BirthdayDirectory;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.program.ProgramService;

/**
 * "Happy birthday": a greeting to each member whose birthday (as the shop knows it, {@link BirthdayDirectory}) is
 * today or within the next {@link #setDaysBefore(int) N days} of the shop's calendar, once per year (the marker's
 * key is the birthday's year), with the member's birthday code when one was issued for that birthday and can
 * still be used. A member whose birthday is unknown gets none; one who missed a run gets it on the next, up to the
 * birthday itself.
 */
public class BirthdayReminders extends MemberReminders {

    public static final String TEMPLATE = "loyalty/birthday";

    private BirthdayDirectory birthdays;
    private AutomaticCodes automaticCodes;
    private ProgramService program;
    private int daysBefore;

    public BirthdayReminders() {
        super(ReminderKind.BIRTHDAY, TEMPLATE, "Happy birthday");
    }

    @Override
    protected List<Long> candidates(Instant now) {
        List<Long> members = new ArrayList<Long>();
        for (LocalDate day : daysAhead(now)) {
            members.addAll(bornOn(day));
        }
        return members;
    }

    @Override
    protected Reminder due(long customerId, Instant now) {
        for (LocalDate day : daysAhead(now)) {
            if (!bornOn(day).contains(customerId)) {
                continue;
            }
            String year = String.valueOf(day.getYear());
            if (reminded(customerId, year)) {
                return null;
            }
            ClubCode code = automaticCodes.usableCode(customerId, AutomaticCodes.BIRTHDAY_OCCASION + year);
            LocalDate today = daysAhead(now).get(0);
            return Reminder.aboutOccasion(customerId, year)
                    .with("birthday", day)
                    .with("daysLeft", ChronoUnit.DAYS.between(today, day))
                    .with("code", code == null ? null : code.getCode())
                    .with("codeExpiresOn", code == null ? null : code.getEndsAt());
        }
        return null;
    }

    /** Today and the next N days, in the shop's calendar. */
    private List<LocalDate> daysAhead(Instant now) {
        LocalDate today = now.atZone(program.settings().zone()).toLocalDate();
        List<LocalDate> days = new ArrayList<LocalDate>();
        for (int ahead = 0; ahead <= daysBefore; ahead++) {
            days.add(today.plusDays(ahead));
        }
        return days;
    }

    private List<Long> bornOn(LocalDate day) {
        return birthdays.customersBornOn(MonthDay.from(day), day.isLeapYear());
    }

    public void setBirthdays(BirthdayDirectory birthdays) {
        this.birthdays = birthdays;
    }

    public void setAutomaticCodes(AutomaticCodes automaticCodes) {
        this.automaticCodes = automaticCodes;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    /** Greet this many days before the birthday (0: on the day); 0 to 30. */
    public void setDaysBefore(int daysBefore) {
        if (daysBefore < 0 || daysBefore > 30) {
            throw new IllegalArgumentException("a birthday greeting goes 0 to 30 days ahead, not " + daysBefore);
        }
        this.daysBefore = daysBefore;
    }
}
