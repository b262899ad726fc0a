package io.loyaltyclub.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/**
 * The points ledger on the real database: every scenario ends by checking that the balances equal the sums
 * over the entries and that the lots hold exactly the balances ({@link LedgerVerification}).
 */
@ExtendWith(BroadleafExtension.class)
class PointsLedgerIT {

    private BroadleafContext context;
    private PointsLedger ledger;
    private long customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        this.customer = shop.customer().getId();
    }

    @AfterEach
    void ledgerIsConsistent() {
        assertThat(context.bean("blLoyaltyLedgerVerification", LedgerVerification.class).discrepancies(customer)).isEmpty();
        useShortfallPolicy(ShortfallPolicy.DEBT);
    }

    private void useShortfallPolicy(ShortfallPolicy policy) {
        ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
        ProgramSettings settings = program.settings();
        settings.setShortfallPolicy(policy);
        program.save(settings);
    }

    @Test
    void pointsEarnedWithoutAReturnWindowAreAvailableAtOnce() {
        PointsPosting posting = ledger.earn(Earning.of(customer, 120, key("earn")).reason("welcome"));

        assertThat(posting.isReplayed()).isFalse();
        assertThat(posting.getEntry().getType()).isEqualTo(EntryType.EARN);
        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getAvailable()).isEqualTo(120);
        assertThat(balance.getPending()).isZero();
        assertThat(balance.getLifetimeEarned()).isEqualTo(120);
    }

    @Test
    void theSameKeyCountsOnceAndCannotBeReusedForAnotherChange() {
        String key = key("earn");
        ledger.earn(Earning.of(customer, 50, key));

        PointsPosting again = ledger.earn(Earning.of(customer, 50, key));

        assertThat(again.isReplayed()).isTrue();
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(50);
        assertThat(ledger.history(customer, null, 10)).hasSize(1);
        refused("idempotency_key_reused", () -> ledger.earn(Earning.of(customer, 60, key)));
        refused("idempotency_key_reused", () -> ledger.redeem(Redemption.of(customer, 50, key)));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(50);
    }

    @Test
    void badInputIsRefusedWithAClearCodeAndWritesNothing() {
        ledger.earn(Earning.of(customer, 10, key("earn")));
        Instant now = context.clock().instant();

        refused("invalid_points", () -> ledger.earn(Earning.of(customer, 0, key("zero"))));
        refused("invalid_points", () -> ledger.earn(Earning.of(customer, -5, key("negative"))));
        refused("invalid_points", () -> ledger.earn(Earning.of(customer, PointsLedger.MAX_POINTS_PER_ENTRY + 1, key("huge"))));
        refused("missing_idempotency_key", () -> ledger.earn(Earning.of(customer, 5, " ")));
        refused("invalid_expiry", () -> ledger.earn(Earning.of(customer, 5, key("expiry"))
                .availableAt(now.plus(Duration.ofDays(10))).expiresAt(now.plus(Duration.ofDays(5)))));
        refused("unknown_customer", () -> ledger.earn(Earning.of(987654321L, 5, key("nobody"))));
        refused("insufficient_points", () -> ledger.redeem(Redemption.of(customer, 11, key("too-much"))));
        refused("reason_required", () -> ledger.adjust(customer, 5, " ", "admin", key("no-reason")));
        refused("actor_required", () -> ledger.adjust(customer, 5, "goodwill", null, key("no-actor")));
        refused("insufficient_points", () -> ledger.adjust(customer, -11, "correction", "admin", key("too-much-adjust")));
        refused("unknown_entry", () -> ledger.reverse(Long.MAX_VALUE, 1, "cancelled", key("unknown")));

        assertThat(ledger.history(customer, null, 50)).hasSize(1);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(10);
        assertThat(ledger.balance(987654321L).getAvailable()).isZero();
    }

    @Test
    void pendingPointsBecomeAvailableWhenTheReturnWindowEnds() {
        Instant now = context.clock().instant();
        ledger.earn(Earning.of(customer, 100, key("earn")).availableAt(now.plus(Duration.ofDays(14))));

        assertThat(ledger.balance(customer).getPending()).isEqualTo(100);
        assertThat(ledger.balance(customer).getAvailable()).isZero();
        refused("insufficient_points", () -> ledger.redeem(Redemption.of(customer, 1, key("early"))));

        context.clock().advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(ledger.releaseDue(customer)).isEqualTo(100);

        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getPending()).isZero();
        assertThat(balance.getAvailable()).isEqualTo(100);
        assertThat(ledger.history(customer, null, 10)).extracting(PointsEntry::getType)
                .containsExactly(EntryType.RELEASE, EntryType.EARN);
        assertThat(ledger.releaseDue(customer)).isZero();
    }

    @Test
    void aSpendTakesTheSoonestExpiringPointsFirstAndItsReversalRefillsTheSameLots() {
        Instant now = context.clock().instant();
        long later = ledger.earn(Earning.of(customer, 100, key("later")).expiresAt(now.plus(Duration.ofDays(60)))).getEntry().getId();
        long sooner = ledger.earn(Earning.of(customer, 100, key("sooner")).expiresAt(now.plus(Duration.ofDays(30)))).getEntry().getId();
        long never = ledger.earn(Earning.of(customer, 100, key("never"))).getEntry().getId();

        PointsEntry redemption = ledger.redeem(Redemption.of(customer, 150, key("redeem")).reason("reward")).getEntry();

        assertThat(remaining(sooner)).isZero();
        assertThat(remaining(later)).isEqualTo(50);
        assertThat(remaining(never)).isEqualTo(100);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(150);
        assertThat(ledger.balance(customer).getRedeemed()).isEqualTo(150);

        ledger.reverse(redemption.getId(), 150, "reward refunded", key("refund"));

        assertThat(remaining(sooner)).isEqualTo(100);
        assertThat(remaining(later)).isEqualTo(100);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(300);
        assertThat(ledger.balance(customer).getRedeemed()).isZero();
        refused("reversal_exceeds_entry", () -> ledger.reverse(redemption.getId(), 1, "again", key("refund-again")));
    }

    @Test
    void pointsGivenBackToALotThatExpiredMeanwhileStayValidForTheGracePeriod() {
        Instant now = context.clock().instant();
        long lot = ledger.earn(Earning.of(customer, 100, key("earn")).expiresAt(now.plus(Duration.ofDays(10)))).getEntry().getId();
        long redemption = ledger.redeem(Redemption.of(customer, 40, key("redeem"))).getEntry().getId();
        context.clock().advance(Duration.ofDays(11));
        assertThat(ledger.expireDue(customer)).isEqualTo(60);

        PointsEntry refund = ledger.reverse(redemption, 40, "order cancelled", key("refund")).getEntry();

        assertThat(remaining(lot)).isZero();
        assertThat(refund.isLot()).isTrue();
        assertThat(remaining(refund.getId())).isEqualTo(40);
        assertThat(Duration.between(context.clock().instant(), refund.getExpiresAt().toInstant()).toDays()).isBetween(29L, 30L);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(40);
    }

    @Test
    void expiredPointsLeaveTheBalanceAndShowInTheHistory() {
        Instant now = context.clock().instant();
        ledger.earn(Earning.of(customer, 70, key("soon")).expiresAt(now.plus(Duration.ofDays(10))));
        ledger.earn(Earning.of(customer, 30, key("never")));
        context.clock().advance(Duration.ofDays(10).plusSeconds(1));

        assertThat(ledger.expireDue(customer)).isEqualTo(70);
        assertThat(ledger.expireDue(customer)).as("a second sweep finds nothing").isZero();

        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getAvailable()).isEqualTo(30);
        assertThat(balance.getExpired()).isEqualTo(70);
        assertThat(ledger.history(customer, null, 1).get(0).getType()).isEqualTo(EntryType.EXPIRE);
    }

    @Test
    void pointsUnderTheInactivityPolicyExpireOnlyAfterMonthsWithoutActivity() {
        Instant now = context.clock().instant();
        java.time.ZoneId utc = java.time.ZoneOffset.UTC;
        ledger.earn(Earning.of(customer, 80, key("first")).expiringBy(ExpiryPolicy.afterInactivity(2), now, utc));

        context.clock().advance(Duration.ofDays(50));
        ledger.earn(Earning.of(customer, 20, key("activity")).expiringBy(ExpiryPolicy.afterInactivity(2), now, utc));
        context.clock().advance(Duration.ofDays(50));
        assertThat(ledger.expireDue(customer)).as("active 50 days ago: all points still valid").isZero();

        context.clock().advance(Duration.ofDays(20));
        assertThat(ledger.expireDue(customer)).as("70 days without activity: everything expires").isEqualTo(100);
        assertThat(ledger.balance(customer).getAvailable()).isZero();
        assertThat(ledger.balance(customer).getExpired()).isEqualTo(100);
    }

    @Test
    void aSpendNeverUsesPointsPastTheirExpiryEvenBeforeTheSweep() {
        Instant now = context.clock().instant();
        ledger.earn(Earning.of(customer, 100, key("soon")).expiresAt(now.plus(Duration.ofDays(1))));
        context.clock().advance(Duration.ofDays(2));

        refused("insufficient_points", () -> ledger.redeem(Redemption.of(customer, 10, key("late"))));
        assertThat(ledger.balance(customer).getExpired()).isEqualTo(0);
        assertThat(ledger.expireDue(customer)).isEqualTo(100);
    }

    @Test
    void reversingSpentPointsUnderTheDebtPolicyMakesTheBalanceNegativeUntilLaterEarningsPayIt() {
        long earned = ledger.earn(Earning.of(customer, 100, key("order-1"))).getEntry().getId();
        ledger.redeem(Redemption.of(customer, 80, key("redeem")));

        ledger.reverse(earned, 100, "order returned", key("return"));

        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(-80);
        assertThat(ledger.balance(customer).getDebt()).isEqualTo(80);
        assertThat(ledger.balance(customer).getLifetimeEarned()).isZero();
        refused("insufficient_points", () -> ledger.redeem(Redemption.of(customer, 1, key("blocked"))));

        ledger.earn(Earning.of(customer, 50, key("order-2")));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(-30);
        long third = ledger.earn(Earning.of(customer, 50, key("order-3"))).getEntry().getId();
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(20);
        assertThat(remaining(third)).isEqualTo(20);
    }

    @Test
    void reversingSpentPointsUnderTheForfeitPolicyTakesWhatIsThereAndRecordsTheRest() {
        useShortfallPolicy(ShortfallPolicy.FORFEIT);
        long earned = ledger.earn(Earning.of(customer, 100, key("order-1"))).getEntry().getId();
        ledger.earn(Earning.of(customer, 5, key("bonus")));
        ledger.redeem(Redemption.of(customer, 90, key("redeem")));

        PointsEntry reversal = ledger.reverse(earned, 100, "order returned", key("return")).getEntry();

        assertThat(reversal.getPoints()).isEqualTo(-15);
        assertThat(reversal.getUnrecovered()).isEqualTo(85);
        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getAvailable()).isZero();
        assertThat(balance.getUnrecovered()).isEqualTo(85);
        assertThat(balance.getLifetimeEarned()).isEqualTo(5);
    }

    @Test
    void reversingPointsThatAlreadyExpiredTakesNothingMore() {
        Instant now = context.clock().instant();
        long earned = ledger.earn(Earning.of(customer, 100, key("order")).expiresAt(now.plus(Duration.ofDays(5)))).getEntry().getId();
        ledger.earn(Earning.of(customer, 40, key("other")));
        context.clock().advance(Duration.ofDays(6));
        ledger.expireDue(customer);

        PointsEntry reversal = ledger.reverse(earned, 100, "order cancelled late", key("cancel")).getEntry();

        assertThat(reversal.getAlreadyExpired()).isEqualTo(100);
        assertThat(reversal.getPoints()).isZero();
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(40);
    }

    @Test
    void partOfAPendingEarningIsReversedWithoutTouchingTheAvailableBalance() {
        Instant now = context.clock().instant();
        ledger.earn(Earning.of(customer, 25, key("available")));
        long earned = ledger.earn(Earning.of(customer, 100, key("order")).availableAt(now.plus(Duration.ofDays(14)))).getEntry().getId();

        ledger.reverse(earned, 30, "one line returned", key("return-1"));
        ledger.reverse(earned, 70, "the rest returned", key("return-2"));

        PointsBalance balance = ledger.balance(customer);
        assertThat(balance.getPending()).isZero();
        assertThat(balance.getAvailable()).isEqualTo(25);
        assertThat(balance.getLifetimeEarned()).isEqualTo(25);
        refused("reversal_exceeds_entry", () -> ledger.reverse(earned, 1, "again", key("return-3")));
    }

    @Test
    void adminAdjustmentsNeedAReasonAndKeepTheAdminsName() {
        ledger.adjust(customer, 40, "goodwill after a late delivery", "jane.admin", key("plus"));
        PointsEntry minus = ledger.adjust(customer, -15, "double-counted review bonus", "jane.admin", key("minus")).getEntry();

        assertThat(minus.getActor()).isEqualTo("jane.admin");
        assertThat(minus.getReason()).isEqualTo("double-counted review bonus");
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(25);
        refused("not_reversible", () -> ledger.reverse(minus.getId(), 15, "undo", key("undo")));
    }

    @Test
    void historyPagesByKeysetNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            ledger.earn(Earning.of(customer, i + 1, key("earn-" + i)));
        }
        List<Long> seen = new ArrayList<Long>();
        Long before = null;
        List<Integer> pageSizes = new ArrayList<Integer>();
        while (true) {
            List<PointsEntry> page = ledger.history(customer, before, 10);
            if (page.isEmpty()) {
                break;
            }
            pageSizes.add(page.size());
            for (PointsEntry entry : page) {
                seen.add(entry.getId());
            }
            before = page.get(page.size() - 1).getId();
        }
        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a)).hasSize(25);
        refused("invalid_page_size", () -> ledger.history(customer, null, 0));
    }

    private long remaining(long lotId) {
        return context.jdbc().queryForObject("SELECT REMAINING FROM LOY_POINTS_ENTRY WHERE ID = ?", Long.class, lotId);
    }

    private String key(String name) {
        return "test:" + customer + ":" + name;
    }

    private static void refused(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(code));
    }
}
