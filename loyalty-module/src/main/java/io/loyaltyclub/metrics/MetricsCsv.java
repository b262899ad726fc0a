package io.loyaltyclub.metrics;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The program's metrics as CSV (RFC 4180, CRLF line ends): one header {@code metric,key,value,unit}, then one
 * line per figure; {@code key} tells a week (its Monday), a tier or a cohort cell ({@code 2025-01+2}: the
 * customers whose first order was in January 2025, share ordering in March). Undefined figures are empty.
 * Fields holding a comma, a quote or a line break are quoted with inner quotes doubled, and text that a
 * spreadsheet would run as a formula (starting with {@code = + - @}) is prefixed with an apostrophe.
 */
public final class MetricsCsv {

    public static final String HEADER = "metric,key,value,unit";
    private static final String EOL = "\r\n";

    private MetricsCsv() {
    }

    public static String write(ProgramMetrics m) {
        StringBuilder csv = new StringBuilder(HEADER).append(EOL);
        String money = m.getCurrency();
        line(csv, "range_from", "", m.getPeriod().getFrom().format(DateTimeFormatter.ISO_LOCAL_DATE), "date");
        line(csv, "range_to_exclusive", "", m.getPeriod().getTo().format(DateTimeFormatter.ISO_LOCAL_DATE), "date");
        line(csv, "customers", "", m.getCustomers(), "count");
        line(csv, "members", "", m.getMembers(), "count");
        line(csv, "member_share", "", m.getMemberShare(), "share");
        line(csv, "repeat_purchase_rate", "", m.getRepeatPurchaseRate(), "share");
        line(csv, "repeat_purchase_rate", "members", m.getMemberBuyers().repeatPurchaseRate(), "share");
        line(csv, "repeat_purchase_rate", "non_members", m.getOtherBuyers().repeatPurchaseRate(), "share");
        line(csv, "average_order_value", "members", m.getMemberAverageOrderValue(), money);
        line(csv, "average_order_value", "non_members", m.getOtherAverageOrderValue(), money);
        line(csv, "purchase_frequency", "members", m.getMemberPurchaseFrequency(), "orders per buyer");
        line(csv, "purchase_frequency", "non_members", m.getOtherPurchaseFrequency(), "orders per buyer");
        line(csv, "customer_lifetime_value", "members", m.getCustomerLifetimeValue(), money);
        line(csv, "points_issued", "", m.getPointsIssued(), "points");
        line(csv, "points_redeemed", "", m.getPointsRedeemed(), "points");
        line(csv, "points_expired", "", m.getPointsExpired(), "points");
        line(csv, "redemption_rate", "", m.getRedemptionRate(), "share");
        for (WeeklyPoints week : m.getWeeklyPoints()) {
            String monday = week.getWeekStart().toString();
            line(csv, "points_issued_week", monday, week.getIssued(), "points");
            line(csv, "points_redeemed_week", monday, week.getRedeemed(), "points");
            line(csv, "points_expired_week", monday, week.getExpired(), "points");
        }
        line(csv, "points_outstanding", "", m.getPointsOutstanding(), "points");
        line(csv, "points_liability", "", m.getPointsLiability(), money);
        line(csv, "credit_outstanding", "", m.getCreditOutstanding(), money);
        line(csv, "liability", "", m.getLiability(), money);
        line(csv, "reward_cost", "rewards_redeemed", m.getRewardsRedeemedValue(), money);
        line(csv, "reward_cost", "points_payments", m.getPointsPaymentsValue(), money);
        line(csv, "reward_cost", "cash_back", m.getCashBackIssued(), money);
        line(csv, "reward_cost", "", m.getRewardCost(), money);
        for (Map.Entry<String, Long> tier : m.getMembersByTier().entrySet()) {
            line(csv, "members_by_tier", tier.getKey(), tier.getValue(), "count");
        }
        for (Cohort cohort : m.getCohorts()) {
            line(csv, "cohort_customers", cohort.getMonth().toString(), cohort.getCustomers(), "count");
            for (int k = 0; k < cohort.getRetention().size(); k++) {
                line(csv, "cohort_retention", cohort.getMonth() + "+" + k, cohort.getRetention().get(k), "share");
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String metric, String key, Object value, String unit) {
        String text = value == null ? "" : value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
        csv.append(field(metric)).append(',').append(field(key)).append(',').append(field(text)).append(',')
                .append(field(unit)).append(EOL);
    }

    /** One CSV field: quoted when needed, formula-looking text defused. Numbers keep their sign. */
    static String field(String text) {
        String value = text;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9]+(\\.[0-9]+)?")) {
            value = "'" + value;
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
