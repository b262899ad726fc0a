package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class ExpiryPolicyTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void pointsAreValidUntilTheEndOfTheDayNMonthsAfterTheyBecameAvailableInTheShopsZone() {
        // 15 March 2026, 23:30 in Berlin (22:30 UTC): valid through 15 March 2027 Berlin time.
        Instant available = Instant.parse("2026-03-15T22:30:00Z");

        Instant expires = ExpiryPolicy.monthsAfterAvailable(12).expiresAt(available, BERLIN);

        assertThat(expires).isEqualTo(Instant.parse("2027-03-15T23:00:00Z"));
    }

    @Test
    void theDayIsTheShopsDayNotUtcs() {
        // 21:00 UTC on 31 January is already 1 February in Tehran (+03:30).
        Instant available = Instant.parse("2026-01-31T21:00:00Z");

        assertThat(ExpiryPolicy.monthsAfterAvailable(1).expiresAt(available, TEHRAN))
                .isEqualTo(Instant.parse("2026-03-01T20:30:00Z"));
        assertThat(ExpiryPolicy.monthsAfterAvailable(1).expiresAt(available, ZoneId.of("UTC")))
                .as("31 January + 1 month is the last day of February")
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void otherPoliciesGiveLotsNoDateOfTheirOwn() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");

        assertThat(ExpiryPolicy.never().expiresAt(now, BERLIN)).isNull();
        assertThat(ExpiryPolicy.afterInactivity(6).expiresAt(now, BERLIN)).isNull();
        assertThat(ExpiryPolicy.afterInactivity(6).inactiveExpiry(now, BERLIN)).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(ExpiryPolicy.never().inactiveExpiry(now, BERLIN)).isNull();
    }

    @Test
    void theInactivityCutoffAgreesWithTheExpiryOfEveryLastActivity() {
        ExpiryPolicy policy = ExpiryPolicy.afterInactivity(1);
        Instant start = Instant.parse("2025-12-01T00:00:00Z");
        for (ZoneId zone : new ZoneId[] {BERLIN, TEHRAN, ZoneId.of("UTC")}) {
            for (int hours = 0; hours < 24 * 120; hours += 7) {
                Instant now = start.plusSeconds(hours * 3600L);
                Instant cutoff = policy.inactivityCutoff(now, zone);
                for (int back = 0; back < 24 * 70; back += 5) {
                    Instant lastActivity = now.minusSeconds(back * 3600L);
                    boolean lost = !policy.inactiveExpiry(lastActivity, zone).isAfter(now);
                    assertThat(lastActivity.isBefore(cutoff)).as("%s, last active %s, now %s", zone, lastActivity, now)
                            .isEqualTo(lost);
                }
            }
        }
        assertThat(ExpiryPolicy.monthsAfterAvailable(3).inactivityCutoff(start, BERLIN)).isNull();
    }

    @Test
    void describesItselfInWords() {
        assertThat(ExpiryPolicy.never()).hasToString("never");
        assertThat(ExpiryPolicy.monthsAfterAvailable(12)).hasToString("12 months after the points become available");
        assertThat(ExpiryPolicy.afterInactivity(1)).hasToString("after 1 month without activity");
    }

    @Test
    void refusesPeriodsThatMakeNoSense() {
        assertThatThrownBy(() -> ExpiryPolicy.monthsAfterAvailable(0)).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> ExpiryPolicy.afterInactivity(-3)).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> ExpiryPolicy.monthsAfterAvailable(5000)).isInstanceOf(LoyaltyException.class);
    }
}
