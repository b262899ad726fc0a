package io.loyaltyclub.broadleaf.customer;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.loyaltyclub.standing.MemberProfiles;

/**
 * Broadleaf's customers as segments see them: {@code BLC_CUSTOMER} (sign-up is its creation date) and the
 * customer attribute {@value #BIRTH_DATE_ATTRIBUTE} (an ISO date, {@code 1990-04-17}) the shop may keep in
 * {@code Customer.getCustomerAttributes()}. Read with plain SQL, a chunk of customers per statement.
 */
public class BroadleafMemberProfiles implements MemberProfiles {

    public static final String BIRTH_DATE_ATTRIBUTE = "birthDate";

    private NamedParameterJdbcTemplate jdbc;

    @Override
    public List<Long> customersAfter(long afterId, int limit) {
        return jdbc.queryForList("SELECT CUSTOMER_ID FROM BLC_CUSTOMER WHERE CUSTOMER_ID > :after ORDER BY CUSTOMER_ID"
                + " LIMIT " + limit, new MapSqlParameterSource("after", afterId), Long.class);
    }

    @Override
    public Map<Long, Profile> profiles(Collection<Long> customerIds, ZoneId zone) {
        Map<Long, Profile> profiles = new HashMap<>();
        if (customerIds.isEmpty()) {
            return profiles;
        }
        jdbc.query("SELECT c.CUSTOMER_ID, c.DATE_CREATED, a.VALUE FROM BLC_CUSTOMER c LEFT JOIN BLC_CUSTOMER_ATTRIBUTE a"
                + " ON a.CUSTOMER_ID = c.CUSTOMER_ID AND a.NAME = :attribute WHERE c.CUSTOMER_ID IN (:ids)",
                new MapSqlParameterSource("ids", new ArrayList<>(customerIds)).addValue("attribute", BIRTH_DATE_ATTRIBUTE),
                rs -> {
                    Timestamp created = rs.getTimestamp(2);
                    profiles.put(rs.getLong(1), new Profile(
                            created == null ? null : created.toInstant().atZone(zone).toLocalDate(),
                            birthMonth(rs.getString(3))));
                });
        return profiles;
    }

    private static Integer birthMonth(String birthDate) {
        if (birthDate == null) {
            return null;
        }
        try {
            return LocalDate.parse(birthDate.trim()).getMonthValue();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }
}
