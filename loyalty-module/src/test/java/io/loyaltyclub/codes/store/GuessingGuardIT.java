package io.loyaltyclub.codes.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.testing.AtOnce;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;

/** The guessing guard counts in the database: the limit holds for concurrent attempts and across servers. */
@ExtendWith(BroadleafExtension.class)
class GuessingGuardIT {

    @Test
    void ofTwentyAttemptsAtOnceOnlyAsManyAsTheLimitAreLetThrough(BroadleafContext context) throws Exception {
        GuessingGuard guard = server(context);
        String shopper = "customer:" + UUID.randomUUID();
        List<Callable<Boolean>> attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 20; i++) {
            attempts.add(() -> guard.begin(shopper, "session:" + UUID.randomUUID()) != null);
        }

        assertThat(AtOnce.count(attempts)).isEqualTo(10);
        assertThat(attemptRows(context, shopper)).isEqualTo(10);
        assertThat(guard.begin(shopper)).isNull();
    }

    @Test
    void twoServersSharingTheDatabaseShareTheLimitAndGoodCodesDoNotCount(BroadleafContext context) {
        GuessingGuard one = server(context);
        GuessingGuard two = server(context);
        String shopper = "session:" + UUID.randomUUID();
        // the schema keeps times to the millisecond (DATETIME(3) on MySQL), so the answer may lose the microseconds
        Instant firstAttempt = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < 5; i++) {
            assertThat(one.begin(shopper)).isNotNull();
            assertThat(two.begin(shopper)).isNotNull();
            one.succeeded(one.begin(shopper));
        }

        assertThat(one.begin(shopper)).isNull();
        assertThat(two.begin(shopper)).isNull();
        assertThat(attemptRows(context, shopper)).as("refused attempts are not counted").isEqualTo(10);
        assertThat(two.retryAt(shopper)).as("when the oldest failure leaves the window")
                .isBetween(firstAttempt.plus(Duration.ofMinutes(10)), context.clock().instant().plus(Duration.ofMinutes(10)));
        assertThat(two.retryAt("session:" + UUID.randomUUID())).isBeforeOrEqualTo(context.clock().instant());
    }

    @Test
    void afterTheWindowTheShopperMayTryAgainAndOldRowsAreDeleted(BroadleafContext context) {
        GuessingGuard guard = server(context);
        String customer = "customer:" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(guard.begin(customer)).isNotNull();
        }
        assertThat(guard.begin(customer, "session:" + UUID.randomUUID())).as("one shopper past the limit refuses both").isNull();

        context.clock().advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(guard.forgetOld()).isGreaterThanOrEqualTo(10);
        assertThat(attemptRows(context, customer)).isZero();
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_CODE_SHOPPER WHERE SHOPPER_KEY = ?", Long.class,
                customer)).isZero();
        assertThat(guard.begin(customer)).isNotNull();
    }

    private static GuessingGuard server(BroadleafContext context) {
        GuessingGuard guard = new GuessingGuard(10, Duration.ofMinutes(10));
        guard.setDataSource(context.dataSource());
        guard.setClock(context.clock());
        return guard;
    }

    private static long attemptRows(BroadleafContext context, String shopper) {
        return context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_CODE_ATTEMPT WHERE SHOPPER_KEY = ?", Long.class, shopper);
    }
}
