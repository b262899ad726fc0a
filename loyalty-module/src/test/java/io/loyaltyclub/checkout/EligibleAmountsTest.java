package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EligibleAmountsTest {

    @Test
    void withoutDiscountsOrCreditEveryLineIsEligibleInFull() {
        assertThat(EligibleAmounts.of(amounts("10.00", "5.50"), BigDecimal.ZERO, BigDecimal.ZERO, 2))
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("5.50"));
    }

    @Test
    void anOrderDiscountIsSpreadInProportionToTheLinesToTheCent() {
        // 10.00 off 100.00 + 50.00 + 50.00: 5.00 + 2.50 + 2.50
        assertThat(EligibleAmounts.of(amounts("100.00", "50.00", "50.00"), new BigDecimal("10.00"), BigDecimal.ZERO, 2))
                .containsExactly(new BigDecimal("95.00"), new BigDecimal("47.50"), new BigDecimal("47.50"));
        // 0.10 off three equal lines: the odd cent goes to one line, the total is exact
        List<BigDecimal> eligible = EligibleAmounts.of(amounts("1.00", "1.00", "1.00"), new BigDecimal("0.10"), BigDecimal.ZERO, 2);
        assertThat(sum(eligible)).isEqualByComparingTo("2.90");
    }

    @Test
    void storeCreditAndGiftCardsComeOffTheMerchandiseAndNeverBelowZero() {
        assertThat(EligibleAmounts.of(amounts("30.00", "10.00"), BigDecimal.ZERO, new BigDecimal("20.00"), 2))
                .containsExactly(new BigDecimal("15.00"), new BigDecimal("5.00"));
        assertThat(EligibleAmounts.of(amounts("30.00", "10.00"), new BigDecimal("5.00"), new BigDecimal("100.00"), 2))
                .as("credit paying tax and shipping too leaves nothing eligible, not less")
                .containsExactly(new BigDecimal("0.00"), new BigDecimal("0.00"));
    }

    @Test
    void currenciesWithoutCentsStayWhole() {
        assertThat(EligibleAmounts.of(amounts("1000", "500"), new BigDecimal("100"), BigDecimal.ZERO, 0))
                .containsExactly(new BigDecimal("933"), new BigDecimal("467"));
    }

    @Test
    void theDeductionAlwaysAddsUpExactly() {
        Random random = new Random(42);
        for (int run = 0; run < 2000; run++) {
            int lines = 1 + random.nextInt(6);
            BigDecimal[] totals = new BigDecimal[lines];
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < lines; i++) {
                totals[i] = BigDecimal.valueOf(random.nextInt(100000), 2);
                total = total.add(totals[i]);
            }
            BigDecimal discount = BigDecimal.valueOf(random.nextInt(5000), 2);
            BigDecimal credit = BigDecimal.valueOf(random.nextInt(5000), 2);
            List<BigDecimal> eligible = EligibleAmounts.of(Arrays.asList(totals), discount, credit, 2);
            BigDecimal expected = total.subtract(discount.add(credit)).max(BigDecimal.ZERO);
            assertThat(sum(eligible)).as("run %d", run).isEqualByComparingTo(expected);
            for (int i = 0; i < lines; i++) {
                assertThat(eligible.get(i)).isBetween(BigDecimal.ZERO, totals[i]);
            }
        }
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> EligibleAmounts.of(amounts("-1.00"), BigDecimal.ZERO, BigDecimal.ZERO, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EligibleAmounts.of(amounts("1.00"), new BigDecimal("-1"), BigDecimal.ZERO, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> amounts(String... values) {
        BigDecimal[] amounts = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            amounts[i] = new BigDecimal(values[i]);
        }
        return Arrays.asList(amounts);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value);
        }
        return total;
    }
}
