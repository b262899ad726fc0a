package io.loyaltyclub.broadleaf.customer;

import java.time.MonthDay;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.loyaltyclub.codes.auto.BirthdayDirectory;

/**
 * Birthdays from the shop's customers: Broadleaf 3.1 has no birth date of its own, so the club reads the
 * customer attribute {@value #ATTRIBUTE} (ISO date, {@code 1990-12-24}) the shop's registration or account page
 * keeps.
 */
public class BroadleafBirthdays implements BirthdayDirectory {

    public static final String ATTRIBUTE = "birthDate";

    private JdbcTemplate jdbc;

    @Override
    public List<Long> customersBornOn(MonthDay day, boolean leapYear) {
        String sql = "SELECT CUSTOMER_ID FROM BLC_CUSTOMER_ATTRIBUTE WHERE NAME = ? AND (VALUE LIKE ? OR VALUE LIKE ?)"
                + " ORDER BY CUSTOMER_ID";
        String pattern = String.format("%%-%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
        String leapDay = !leapYear && day.equals(MonthDay.of(2, 28)) ? "%-02-29" : pattern;
        return jdbc.queryForList(sql, Long.class, ATTRIBUTE, pattern, leapDay);
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }
}
