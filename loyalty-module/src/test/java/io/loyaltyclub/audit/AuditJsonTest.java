package io.loyaltyclub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void fieldsKeepTheirOrderAndTheirKind() {
        Map<String, Object> fields = new LinkedHashMap<String, Object>();
        fields.put("name", "Gold");
        fields.put("threshold", new BigDecimal("1E+3"));
        fields.put("points", 50L);
        fields.put("active", Boolean.TRUE);
        fields.put("endsAt", Date.from(Instant.parse("2027-01-31T23:00:00Z")));
        fields.put("cap", null);

        assertThat(AuditJson.of(fields)).isEqualTo("{\"name\":\"Gold\",\"threshold\":1000,\"points\":50,"
                + "\"active\":true,\"endsAt\":\"2027-01-31T23:00:00Z\",\"cap\":null}");
    }

    @Test
    void textIsEscapedSoTheJsonStaysJson() {
        Map<String, Object> fields = new LinkedHashMap<String, Object>();
        fields.put("name", "a \"b\" \\ c\nd\u0001<script>");
        assertThat(AuditJson.of(fields)).isEqualTo("{\"name\":\"a \\\"b\\\" \\\\ c\\nd\\u0001<script>\"}");
    }

    @Test
    void noFieldsIsNull() {
        assertThat(AuditJson.of(null)).isNull();
        assertThat(AuditJson.of(new LinkedHashMap<String, Object>())).isEqualTo("{}");
    }
}
