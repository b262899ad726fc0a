package io.loyaltyclub.audit;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

/**
 * An entity's fields as the JSON the audit keeps: an object of names to values, in the order given. Numbers and
 * booleans as JSON values, dates as ISO-8601 instants, everything else as strings; {@code null} stays {@code null}.
 */
public final class AuditJson {

    private AuditJson() {
    }

    public static String of(Map<String, ?> fields) {
        if (fields == null) {
            return null;
        }
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, field.getKey());
            json.append(':');
            value(json, field.getValue());
        }
        return json.append('}').toString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof BigDecimal) {
            json.append(((BigDecimal) value).toPlainString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Date) {
            string(json, ((Date) value).toInstant().toString());
        } else {
            string(json, value.toString());
        }
    }

    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    json.append("\\\"");
                    break;
                case '\\':
                    json.append("\\\\");
                    break;
                case '\n':
                    json.append("\\n");
                    break;
                case '\r':
                    json.append("\\r");
                    break;
                case '\t':
                    json.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
            }
        }
        json.append('"');
    }
}
