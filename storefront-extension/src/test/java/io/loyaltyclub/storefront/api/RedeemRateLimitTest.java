package io.loyaltyclub.storefront.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RedeemRateLimitTest {

    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private final RedeemRateLimit limit = new RedeemRateLimit();

    RedeemRateLimitTest() {
        limit.setMaxRequests(3);
        limit.setWindowSeconds(60);
        limit.setClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @Test
    void refusesPastTheLimitUntilTheWindowEnds() {
        assertThat(limit.acquire(1)).isZero();
        assertThat(limit.acquire(1)).isZero();
        now = now.plus(Duration.ofSeconds(20));
        assertThat(limit.acquire(1)).isZero();
        assertThat(limit.acquire(1)).as("seconds left of the window that began at the first request").isEqualTo(40);
        now = now.plus(Duration.ofSeconds(39));
        assertThat(limit.acquire(1)).isEqualTo(1);
        now = now.plus(Duration.ofSeconds(1));
        assertThat(limit.acquire(1)).as("a new window").isZero();
    }

    @Test
    void countsEachCustomerApart() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.acquire(1)).isZero();
        }
        assertThat(limit.acquire(1)).isPositive();
        assertThat(limit.acquire(2)).isZero();
    }
}
