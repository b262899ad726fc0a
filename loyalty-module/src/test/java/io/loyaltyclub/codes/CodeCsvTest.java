package io.loyaltyclub.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CodeCsvTest {

    @Test
    void aLineHoldsTheCodeItsOwnerLimitUsesAndWindowWithEmptyFieldsForNone() {
        assertThat(CodeCsv.line("CLUB-ABC2345678", 42L, 1L, 0, Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")))
                .isEqualTo("CLUB-ABC2345678,42,1,0,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z");
        assertThat(CodeCsv.line("SUMMER", null, null, 7, Instant.parse("2026-06-01T00:00:00Z"), null))
                .isEqualTo("SUMMER,,,7,2026-06-01T00:00:00Z,");
        assertThatThrownBy(() -> CodeCsv.line("A,B", null, null, 0, Instant.EPOCH, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
