package io.loyaltyclub.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ProgramFiguresTest {

    @Test
    void theLiabilityIsTheOutstandingPointsAtTheirValueRoundedToTheCurrency() {
        ProgramFigures figures = new ProgramFigures(3, 1234, 101, 2000, 500, 165, 7, new BigDecimal("0.005"), "USD");

        assertThat(figures.getPointsOutstanding()).isEqualTo(1335);
        assertThat(figures.getLiability()).isEqualByComparingTo("6.68");
        assertThat(figures.getLiability().scale()).isEqualTo(2);
        assertThat(new ProgramFigures(1, 1001, 0, 1001, 0, 0, 1, new BigDecimal("0.5"), "JPY").getLiability())
                .isEqualByComparingTo("501");
    }
}
