package io.loyaltyclub.broadleaf.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.loyaltyclub.LoyaltyException;

/**
 * Finds the shop's customers for the admin's member screens: Broadleaf's customers ({@code BLC_CUSTOMER}) with their
 * club balances. A search matches the start of the e-mail address, of the first or of the last name, or "first
 * last", in any case, or a customer id; results come in pages ordered by customer id (keyset: the page after a
 * given id), so a page costs the same however far on it is.
 *
 * <p>The conditions are written as {@code LOWER(column) LIKE 'prefix%'} so that expression indexes on Broadleaf's
 * table serve them (see the README): the club's migrations run before Hibernate creates Broadleaf's tables, so
 * they cannot add those indexes themselves.</p>
 */
public class MemberSearch {

    public static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_QUERY_LENGTH = 100;

    private static final String SELECT = "SELECT c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.FIRST_NAME, c.LAST_NAME,"
            + " p.AVAILABLE, p.PENDING, k.AVAILABLE, k.CURRENCY_CODE"
            + " FROM BLC_CUSTOMER c"
            + " LEFT JOIN LOY_POINTS_ACCOUNT p ON p.CUSTOMER_ID = c.CUSTOMER_ID"
            + " LEFT JOIN LOY_CREDIT_ACCOUNT k ON k.CUSTOMER_ID = c.CUSTOMER_ID";

    private NamedParameterJdbcTemplate jdbc;

    /**
     * The customers matching {@code query} with an id above {@code afterCustomerId} (0 for the first page), at most
     * {@code pageSize} (1 to {@value #MAX_PAGE_SIZE}). An empty query lists every customer with an e-mail address.
     */
    public List<MemberRow> search(String query, long afterCustomerId, int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new LoyaltyException("invalid_page_size", "a page holds 1 to " + MAX_PAGE_SIZE + " members");
        }
        String text = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new LoyaltyException("invalid_query", "Search for at most " + MAX_QUERY_LENGTH + " characters.");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("after", afterCustomerId);
        StringBuilder where = new StringBuilder(" WHERE c.CUSTOMER_ID > :after AND ");
        if (text.isEmpty()) {
            where.append("c.EMAIL_ADDRESS IS NOT NULL");
        } else {
            params.addValue("prefix", likePrefix(text));
            where.append("(LOWER(c.EMAIL_ADDRESS) LIKE :prefix ESCAPE '!' OR LOWER(c.FIRST_NAME) LIKE :prefix ESCAPE '!'"
                    + " OR LOWER(c.LAST_NAME) LIKE :prefix ESCAPE '!'");
            int space = text.indexOf(' ');
            if (space > 0) {
                params.addValue("first", text.substring(0, space));
                params.addValue("last", likePrefix(text.substring(space + 1).trim()));
                where.append(" OR (LOWER(c.FIRST_NAME) = :first AND LOWER(c.LAST_NAME) LIKE :last ESCAPE '!')");
            }
            if (text.matches("[0-9]{1,18}")) {
                params.addValue("id", Long.parseLong(text));
                where.append(" OR c.CUSTOMER_ID = :id");
            }
            where.append(')');
        }
        return jdbc.query(SELECT + where + " ORDER BY c.CUSTOMER_ID LIMIT " + pageSize, params, ROW);
    }

    /** One customer with their balances, or {@code null} when the shop has no such customer. */
    public MemberRow member(long customerId) {
        List<MemberRow> found = jdbc.query(SELECT + " WHERE c.CUSTOMER_ID = :id",
                new MapSqlParameterSource("id", customerId), ROW);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The typed text as the start of a LIKE pattern, its own wildcards taken literally. */
    static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static final RowMapper<MemberRow> ROW = new RowMapper<MemberRow>() {
        @Override
        public MemberRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            BigDecimal credit = rs.getBigDecimal(7);
            String currency = rs.getString(8);
            return new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    rs.getLong(6), currency == null || credit == null ? BigDecimal.ZERO
                            : credit.setScale(Currency.getInstance(currency).getDefaultFractionDigits(),
                                    RoundingMode.UNNECESSARY),
                    currency);
        }
    };

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }
}
