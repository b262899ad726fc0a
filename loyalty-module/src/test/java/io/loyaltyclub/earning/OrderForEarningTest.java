package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderForEarningTest {

    private static final Instant AT = Instant.parse("2026-03-04T12:00:00Z");
    private static final CustomerHistory FIRST = CustomerHistory.firstOrder(ZoneOffset.UTC);

    private static OrderLineForEarning line(long id, String amount) {
        return new OrderLineForEarning(id, 100 + id, Collections.<Long>emptyList(), 1, new BigDecimal(amount), false);
    }

    @Nested
    class Lines {

        @Test
        void keepsWhatItIsGiven() {
            OrderLineForEarning line = new OrderLineForEarning(7, 70, Arrays.asList(3L, 4L, 3L), 2,
                    new BigDecimal("19.90"), true);

            assertThat(line.getLineId()).isEqualTo(7);
            assertThat(line.getProductId()).isEqualTo(70);
            assertThat(line.getCategoryIds()).containsExactly(3L, 4L);
            assertThat(line.getQuantity()).isEqualTo(2);
            assertThat(line.getEligibleAmount()).isEqualByComparingTo("19.90");
            assertThat(line.isGiftCard()).isTrue();
        }

        @Test
        void acceptsAFreeLine() {
            assertThat(line(1, "0").getEligibleAmount()).isZero();
        }

        @Test
        void copiesTheCategoriesAndDoesNotLetThemChange() {
            List<Long> categories = new ArrayList<>(Arrays.asList(1L));
            OrderLineForEarning line = new OrderLineForEarning(1, 1, categories, 1, BigDecimal.ONE, false);
            categories.add(2L);

            assertThat(line.getCategoryIds()).containsExactly(1L);
            assertThatThrownBy(() -> line.getCategoryIds().add(3L)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void refusesQuantityZero() {
            assertThatThrownBy(() -> new OrderLineForEarning(1, 1, Collections.<Long>emptyList(), 0, BigDecimal.ONE,
                    false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        }

        @Test
        void refusesANegativeAmount() {
            assertThatThrownBy(() -> line(1, "-0.01"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        }

        @Test
        void refusesAnAbsurdlyLargeAmount() {
            assertThatThrownBy(() -> line(1, "1E+30"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        }

        @Test
        void refusesAnAmountWithTooManyDecimals() {
            assertThatThrownBy(() -> line(1, "0.0000000000001"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        }

        @Test
        void acceptsTrailingZerosBeyondTheLimit() {
            assertThat(line(1, "1.50000000000000000000").getEligibleAmount()).isEqualByComparingTo("1.5");
        }

        @Test
        void refusesANullCategory() {
            assertThatThrownBy(() -> new OrderLineForEarning(1, 1, Arrays.asList(1L, null), 1, BigDecimal.ONE, false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Orders {

        @Test
        void keepsWhatItIsGiven() {
            OrderForEarning order = new OrderForEarning(5, 6, "EUR", new BigDecimal("1.1"), AT,
                    Arrays.asList(line(1, "10"), line(2, "20")), FIRST);

            assertThat(order.getOrderId()).isEqualTo(5);
            assertThat(order.getCustomerId()).isEqualTo(6);
            assertThat(order.getCurrencyCode()).isEqualTo("EUR");
            assertThat(order.getExchangeRate()).isEqualByComparingTo("1.1");
            assertThat(order.getOrderedAt()).isEqualTo(AT);
            assertThat(order.getLines()).extracting("lineId").containsExactly(1L, 2L);
            assertThat(order.getHistory()).isSameAs(FIRST);
        }

        @Test
        void acceptsAnOrderWithoutLines() {
            assertThat(new OrderForEarning(5, 6, "EUR", BigDecimal.ONE, AT, Collections.<OrderLineForEarning>emptyList(),
                    FIRST).getLines()).isEmpty();
        }

        @Test
        void refusesALowerCaseCurrency() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "eur", BigDecimal.ONE, AT,
                    Collections.<OrderLineForEarning>emptyList(), FIRST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
        }

        @Test
        void refusesAZeroExchangeRate() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "EUR", BigDecimal.ZERO, AT,
                    Collections.<OrderLineForEarning>emptyList(), FIRST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange rate");
        }

        @Test
        void refusesANegativeExchangeRate() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "EUR", new BigDecimal("-1.1"), AT,
                    Collections.<OrderLineForEarning>emptyList(), FIRST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange rate");
        }

        @Test
        void refusesAnAbsurdExchangeRate() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "EUR", new BigDecimal("1E-40"), AT,
                    Collections.<OrderLineForEarning>emptyList(), FIRST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        }

        @Test
        void refusesARepeatedLineId() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "EUR", BigDecimal.ONE, AT,
                    Arrays.asList(line(1, "10"), line(1, "20")), FIRST))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line id 1 repeats");
        }

        @Test
        void refusesAMissingTime() {
            assertThatThrownBy(() -> new OrderForEarning(5, 6, "EUR", BigDecimal.ONE, null,
                    Collections.<OrderLineForEarning>emptyList(), FIRST))
                    .isInstanceOf(NullPointerException.class);
        }

        @Test
        void doesNotLetItsLinesChange() {
            List<OrderLineForEarning> lines = new ArrayList<>(Arrays.asList(line(1, "10")));
            OrderForEarning order = new OrderForEarning(5, 6, "EUR", BigDecimal.ONE, AT, lines, FIRST);
            lines.add(line(2, "20"));

            assertThat(order.getLines()).hasSize(1);
        }
    }

    @Nested
    class Histories {

        private final ZoneId tehran = ZoneId.of("Asia/Tehran");

        @Test
        void describesAFirstOrder() {
            CustomerHistory history = CustomerHistory.firstOrder(tehran);

            assertThat(history.isFirstOrder()).isTrue();
            assertThat(history.getOrderNumber()).isEqualTo(1);
            assertThat(history.getTierCode()).isNull();
            assertThat(history.getDaysSincePreviousOrder()).isNull();
            assertThat(history.getShopZone()).isEqualTo(tehran);
        }

        @Test
        void describesAReturningCustomer() {
            CustomerHistory history = CustomerHistory.firstOrder(tehran).withTier("GOLD")
                    .withEarlierOrders(9, 2, 3L).withPointsEarned(40, 300);

            assertThat(history.isFirstOrder()).isFalse();
            assertThat(history.getOrderNumber()).isEqualTo(10);
            assertThat(history.getTierCode()).isEqualTo("GOLD");
            assertThat(history.getOrdersInLast30Days()).isEqualTo(2);
            assertThat(history.getDaysSincePreviousOrder()).isEqualTo(3L);
            assertThat(history.getPointsEarnedToday()).isEqualTo(40);
            assertThat(history.getPointsEarnedThisMonth()).isEqualTo(300);
        }

        @Test
        void allowsAnUnknownPreviousOrderDate() {
            assertThat(FIRST.withEarlierOrders(3, 0, null).getDaysSincePreviousOrder()).isNull();
        }

        @Test
        void refusesNegativeEarlierOrders() {
            assertThatThrownBy(() -> FIRST.withEarlierOrders(-1, 0, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesMoreRecentOrdersThanOrdersAtAll() {
            assertThatThrownBy(() -> FIRST.withEarlierOrders(2, 3, 1L))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30 days");
        }

        @Test
        void refusesAPreviousOrderOnAFirstOrder() {
            assertThatThrownBy(() -> FIRST.withEarlierOrders(0, 0, 12L))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first order");
        }

        @Test
        void refusesNegativeDaysSinceThePreviousOrder() {
            assertThatThrownBy(() -> FIRST.withEarlierOrders(1, 0, -1L))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesNegativePointsEarned() {
            assertThatThrownBy(() -> FIRST.withPointsEarned(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesMorePointsTodayThanThisMonth() {
            assertThatThrownBy(() -> FIRST.withPointsEarned(10, 5))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this month");
        }

        @Test
        void refusesABlankTier() {
            assertThatThrownBy(() -> FIRST.withTier(" ")).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesAMissingZone() {
            assertThatThrownBy(() -> CustomerHistory.firstOrder(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void refusesAnOrderNumberBeyondLong() {
            CustomerHistory history = FIRST.withEarlierOrders(Long.MAX_VALUE, 0, null);

            assertThatThrownBy(history::getOrderNumber).isInstanceOf(ArithmeticException.class);
        }
    }
}
