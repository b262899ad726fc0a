package io.loyaltyclub.earning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Orders for the earning tests, with plain defaults: base currency, a Wednesday noon UTC, a returning customer. */
final class TestOrders {

    /** Wednesday 4 March 2026, 12:00 UTC. */
    static final Instant WEDNESDAY_NOON = Instant.parse("2026-03-04T12:00:00Z");

    /** Five earlier orders, one of them in the last 30 days, the previous ten days ago; nothing earned yet today. */
    static final CustomerHistory RETURNING = CustomerHistory.firstOrder(ZoneOffset.UTC).withEarlierOrders(5, 1, 10L);

    private TestOrders() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A line of one unit; the product id is the line id times 100 unless given. */
    static OrderLineForEarning line(long lineId, String amount) {
        return line(lineId, lineId * 100, amount);
    }

    static OrderLineForEarning line(long lineId, long productId, String amount, Long... categoryIds) {
        return new OrderLineForEarning(lineId, productId, Arrays.asList(categoryIds), 1, dec(amount), false);
    }

    static OrderLineForEarning giftCard(long lineId, String amount) {
        return new OrderLineForEarning(lineId, 9000 + lineId, Collections.<Long>emptyList(), 1, dec(amount), true);
    }

    static Builder order(OrderLineForEarning... lines) {
        return new Builder(Arrays.asList(lines));
    }

    static final class Builder {

        private final List<OrderLineForEarning> lines;
        private String currency = "USD";
        private BigDecimal exchangeRate = BigDecimal.ONE;
        private Instant at = WEDNESDAY_NOON;
        private CustomerHistory history = RETURNING;

        private Builder(List<OrderLineForEarning> lines) {
            this.lines = new ArrayList<>(lines);
        }

        Builder in(String currency, String exchangeRate) {
            this.currency = currency;
            this.exchangeRate = dec(exchangeRate);
            return this;
        }

        Builder at(Instant at) {
            this.at = at;
            return this;
        }

        Builder at(String at) {
            return at(Instant.parse(at));
        }

        Builder history(CustomerHistory history) {
            this.history = history;
            return this;
        }

        OrderForEarning build() {
            return new OrderForEarning(1001, 77, currency, exchangeRate, at, lines, history);
        }
    }
}
