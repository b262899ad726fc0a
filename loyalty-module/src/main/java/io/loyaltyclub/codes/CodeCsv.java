package io.loyaltyclub.codes;

import java.time.Instant;

/**
 * The CSV a merchant exports a campaign's codes as (for a mailing or a printer): one header, one line per code,
 * comma-separated, instants in UTC (ISO-8601), empty for none. Codes, numbers and instants never hold a comma
 * or a quote, so no field needs quoting.
 */
public final class CodeCsv {

    public static final String HEADER = "code,customer_id,max_uses,uses,starts_at,ends_at";

    private CodeCsv() {
    }

    public static String line(String code, Long customerId, Long maxUses, long uses, Instant startsAt, Instant endsAt) {
        if (!code.matches("[A-Z0-9-]+")) {
            throw new IllegalArgumentException("not a code: " + code);
        }
        return code + ',' + text(customerId) + ',' + text(maxUses) + ',' + uses + ',' + text(startsAt) + ',' + text(endsAt);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
