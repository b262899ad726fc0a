package io.loyaltyclub.broadleaf.catalog;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Categories hidden from the storefront for early access: the category of an active early access reward
 * ({@code LOY_REWARD}, kind {@code EARLY_ACCESS}) may be seen only by customers carrying the reward's tag, which
 * redeeming the reward gives them. Deactivating the reward opens the category to everyone. Two indexed queries per
 * category page (none for a category without such a reward beyond the first).
 */
public class EarlyAccessCategories {

    private JdbcTemplate jdbc;

    /** Whether the customer (null: nobody known) may see the category. */
    public boolean mayView(Long customerId, long categoryId) {
        List<String> tags = jdbc.queryForList("SELECT UNLOCKS_TAG FROM LOY_REWARD WHERE KIND = 'EARLY_ACCESS'"
                + " AND ACTIVE = TRUE AND CATEGORY_ID = ?", String.class, categoryId);
        if (tags.isEmpty()) {
            return true;
        }
        if (customerId == null) {
            return false;
        }
        StringBuilder in = new StringBuilder();
        Object[] parameters = new Object[tags.size() + 1];
        parameters[0] = customerId;
        for (int i = 0; i < tags.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
            parameters[i + 1] = tags.get(i);
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM LOY_MEMBER_TAG WHERE CUSTOMER_ID = ? AND TAG IN (" + in + ")",
                Long.class, parameters) > 0;
    }

    public void setDataSource(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }
}
