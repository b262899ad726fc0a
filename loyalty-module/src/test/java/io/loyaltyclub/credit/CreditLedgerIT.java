package io.loyaltyclub.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
import io.loyaltyclub.ledger.Bucket;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/**
 * The store-credit ledger on the real database: every scenario ends by checking that the balances equal the sums
 * over the entries and that the lots hold exactly the balances ({@link CreditVerification}).
 */
@ExtendWith(BroadleafExtension.class)
class CreditLedgerIT {

    private static final String USD = "USD";

    private BroadleafContext context;
    private CreditLedger ledger;
    private long customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.ledger = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
        this.customer = shop.customer().getId();
    }

    @AfterEach
    void ledgerIsConsistent() {
        assertThat(context.bean("blLoyaltyCreditVerification", CreditVerification.class).discrepancies()).isEmpty();
    }

    @Test
    void creditIssuedWithoutAWaitIsAvailableAtOnceAtTheCurrencysScale() {
        CreditPosting posting = ledger.issue(CreditIssue.of(customer, new BigDecimal("12.5"), USD, key("issue")).reason("goodwill"));

        assertThat(posting.isReplay()).isFalse();
        assertThat(posting.getEntry().getType()).isEqualTo(CreditEntryType.ISSUE);
        assertThat(posting.getEntry().getAmount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(posting.getEntry().getSource()).isEqualTo(CreditSource.ADMIN);
        CreditBalance balance = ledger.balance(customer);
        assertThat(balance.getCurrencyCode()).isEqualTo(USD);
        assertThat(balance.getAvailable()).isEqualTo(new BigDecimal("12.50"));
        assertThat(balance.getPending()).isEqualTo(new BigDecimal("0.00"));
        assertThat(balance.getLifetimeIssued()).isEqualTo(new BigDecimal("12.50"));
        assertThat(posting.getBalance().getAvailable()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void yenAreWholeAmounts(ShopFixtures shop) {
        long member = shop.customer().getId();
        ledger.issue(CreditIssue.of(member, new BigDecimal("500"), "JPY", "test:" + member + ":jpy"));

        refused("invalid_amount", () -> ledger.spend(CreditSpend.of(member, new BigDecimal("0.5"), "JPY", "test:" + member + ":half")));
        ledger.spend(CreditSpend.of(member, new BigDecimal("120"), "JPY", "test:" + member + ":spend"));

        assertThat(ledger.balance(member).getAvailable()).isEqualTo(new BigDecimal("380"));
        assertThat(ledger.balance(member).getSpent()).isEqualTo(new BigDecimal("120"));
        refused("currency_mismatch", () -> ledger.issue(CreditIssue.of(member, BigDecimal.ONE, USD, "test:" + member + ":usd")));
    }

    @Test
    void theSameKeyCountsOnceAndCannotBeReusedForAnotherChange() {
        String key = key("issue");
        CreditEntry first = ledger.issue(CreditIssue.of(customer, new BigDecimal("5.00"), USD, key)).getEntry();

        CreditPosting again = ledger.issue(CreditIssue.of(customer, new BigDecimal("5"), USD, key));

        assertThat(again.isReplay()).isTrue();
        assertThat(again.getEntry().getId()).isEqualTo(first.getId());
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("5.00"));
        refused("idempotency_key_reused", () -> ledger.issue(CreditIssue.of(customer, new BigDecimal("6.00"), USD, key)));
        refused("idempotency_key_reused", () -> ledger.spend(CreditSpend.of(customer, new BigDecimal("5.00"), USD, key)));
        CreditEntry spend = ledger.spend(CreditSpend.of(customer, new BigDecimal("2.00"), USD, key("spend"))).getEntry();
        assertThat(ledger.spend(CreditSpend.of(customer, new BigDecimal("2.00"), USD, key("spend"))).isReplay()).isTrue();
        ledger.reverse(spend.getId(), new BigDecimal("1.00"), "refund", key("refund"));
        assertThat(ledger.reverse(spend.getId(), new BigDecimal("1.00"), "refund", key("refund")).isReplay()).isTrue();
        refused("idempotency_key_reused", () -> ledger.reverse(spend.getId(), new BigDecimal("0.50"), "refund", key("refund")));
        assertThat(ledger.history(customer, null, 50)).hasSize(3);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("4.00"));
    }

    @Test
    void badInputIsRefusedWithAClearCodeAndChangesNothing() {
        CreditEntry issued = ledger.issue(CreditIssue.of(customer, new BigDecimal("10.00"), USD, key("issue"))).getEntry();
        CreditEntry spent = ledger.spend(CreditSpend.of(customer, new BigDecimal("4.00"), USD, key("spend"))).getEntry();
        CreditBalance before = ledger.balance(customer);
        int entries = ledger.history(customer, null, 500).size();
        Instant now = context.clock().instant();

        refused("invalid_amount", () -> ledger.issue(CreditIssue.of(customer, null, USD, key("null"))));
        refused("invalid_amount", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ZERO, USD, key("zero"))));
        refused("invalid_amount", () -> ledger.issue(CreditIssue.of(customer, new BigDecimal("-1.00"), USD, key("negative"))));
        refused("invalid_amount", () -> ledger.issue(CreditIssue.of(customer, new BigDecimal("1.005"), USD, key("mills"))));
        refused("invalid_amount", () -> ledger.issue(CreditIssue.of(customer, new BigDecimal("1000000.01"), USD, key("huge"))));
        refused("invalid_amount", () -> ledger.spend(CreditSpend.of(customer, new BigDecimal("0.001"), USD, key("tiny"))));
        refused("invalid_currency", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ONE, "usd", key("lower"))));
        refused("invalid_currency", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ONE, "XXX", key("no-money"))));
        refused("currency_mismatch", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ONE, "EUR", key("euro"))));
        refused("currency_mismatch", () -> ledger.spend(CreditSpend.of(customer, BigDecimal.ONE, "EUR", key("euro-spend"))));
        refused("missing_idempotency_key", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ONE, USD, " ")));
        refused("missing_idempotency_key", () -> ledger.spend(CreditSpend.of(customer, BigDecimal.ONE, USD, null)));
        refused("unknown_customer", () -> ledger.issue(CreditIssue.of(987654321L, BigDecimal.ONE, USD, key("nobody"))));
        refused("unknown_customer", () -> ledger.spend(CreditSpend.of(987654321L, BigDecimal.ONE, USD, key("nobody-spends"))));
        refused("insufficient_credit", () -> ledger.spend(CreditSpend.of(customer, new BigDecimal("6.01"), USD, key("too-much"))));
        refused("invalid_expiry", () -> ledger.issue(CreditIssue.of(customer, BigDecimal.ONE, USD, key("expiry"))
                .availableAt(now.plus(Duration.ofDays(10))).expiresAt(now.plus(Duration.ofDays(5)))));
        refused("reason_required", () -> ledger.adjust(customer, BigDecimal.ONE, USD, " ", "admin", key("no-reason")));
        refused("actor_required", () -> ledger.adjust(customer, BigDecimal.ONE, USD, "goodwill", null, key("no-actor")));
        refused("invalid_amount", () -> ledger.adjust(customer, new BigDecimal("0.00"), USD, "nothing", "admin", key("zero-adjust")));
        refused("insufficient_credit", () -> ledger.adjust(customer, new BigDecimal("-6.01"), USD, "correction", "admin",
                key("too-much-adjust")));
        refused("unknown_entry", () -> ledger.reverse(Long.MAX_VALUE, BigDecimal.ONE, "cancelled", key("unknown")));
        refused("reversal_exceeds_entry", () -> ledger.reverse(spent.getId(), new BigDecimal("4.01"), "refund", key("over-refund")));
        refused("reversal_exceeds_entry", () -> ledger.reverse(issued.getId(), new BigDecimal("10.01"), "revoke", key("over-revoke")));
        refused("invalid_amount", () -> ledger.reverse(issued.getId(), new BigDecimal("0.001"), "revoke", key("tiny-revoke")));
        refused("invalid_page_size", () -> ledger.history(customer, null, 0));

        assertThat(ledger.history(customer, null, 500)).hasSize(entries);
        CreditBalance after = ledger.balance(customer);
        assertThat(after.toString()).isEqualTo(before.toString());
        assertThat(after.getUnrecovered()).isEqualTo(before.getUnrecovered());
        assertThat(ledger.balance(987654321L).getAvailable()).isZero();
        assertThat(ledger.balance(987654321L).getCurrencyCode()).isNull();
    }

    @Test
    void pendingCreditBecomesAvailableWhenItsTimeComes() {
        Instant now = context.clock().instant();
        ledger.issue(CreditIssue.of(customer, new BigDecimal("20.00"), USD, key("issue")).availableAt(now.plus(Duration.ofDays(14))));

        assertThat(ledger.balance(customer).getPending()).isEqualTo(new BigDecimal("20.00"));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("0.00"));
        refused("insufficient_credit", () -> ledger.spend(CreditSpend.of(customer, new BigDecimal("0.01"), USD, key("early"))));

        context.clock().advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(ledger.releaseDue(customer)).isEqualByComparingTo("20.00");

        assertThat(ledger.balance(customer).getPending()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("20.00"));
        assertThat(ledger.history(customer, null, 10)).extracting(CreditEntry::getType)
                .containsExactly(CreditEntryType.RELEASE, CreditEntryType.ISSUE);
        assertThat(ledger.releaseDue(customer)).isEqualByComparingTo("0");
    }

    @Test
    void aSpendTakesTheSoonestExpiringCreditFirstAndItsRefundRefillsTheSameLots() {
        Instant now = context.clock().instant();
        long later = issue("later", "10.00", now.plus(Duration.ofDays(60)));
        long sooner = issue("sooner", "10.00", now.plus(Duration.ofDays(30)));
        long never = issue("never", "10.00", null);

        CreditEntry spend = ledger.spend(CreditSpend.of(customer, new BigDecimal("15.00"), USD, key("spend"))
                .forOrder(fakeOrder())).getEntry();

        assertThat(remaining(sooner)).isEqualByComparingTo("0");
        assertThat(remaining(later)).isEqualByComparingTo("5.00");
        assertThat(remaining(never)).isEqualByComparingTo("10.00");
        assertThat(ledger.balance(customer).getSpent()).isEqualTo(new BigDecimal("15.00"));

        CreditEntry refund = ledger.reverse(spend.getId(), new BigDecimal("15.00"), "order refunded", key("refund")).getEntry();

        assertThat(refund.getType()).isEqualTo(CreditEntryType.REFUND);
        assertThat(refund.getOrderId()).isEqualTo(fakeOrder());
        assertThat(remaining(sooner)).isEqualByComparingTo("10.00");
        assertThat(remaining(later)).isEqualByComparingTo("10.00");
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("30.00"));
        assertThat(ledger.balance(customer).getSpent()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger.reversibleLeft(spend.getId())).isEqualByComparingTo("0");
        assertThat(ledger.orderEntries(fakeOrder())).extracting(CreditEntry::getType)
                .containsExactly(CreditEntryType.SPEND, CreditEntryType.REFUND);
    }

    @Test
    void creditGivenBackToALotThatExpiredMeanwhileStaysValidForTheGracePeriod() {
        Instant now = context.clock().instant();
        long lot = issue("issue", "10.00", now.plus(Duration.ofDays(10)));
        long spend = ledger.spend(CreditSpend.of(customer, new BigDecimal("4.00"), USD, key("spend"))).getEntry().getId();
        context.clock().advance(Duration.ofDays(11));
        assertThat(ledger.expireDue(customer)).isEqualByComparingTo("6.00");

        CreditEntry refund = ledger.reverse(spend, new BigDecimal("4.00"), "order cancelled", key("refund")).getEntry();

        assertThat(remaining(lot)).isEqualByComparingTo("0");
        assertThat(refund.isLot()).isTrue();
        assertThat(remaining(refund.getId())).isEqualByComparingTo("4.00");
        assertThat(Duration.between(context.clock().instant(), refund.getExpiresAt().toInstant()).toDays()).isBetween(29L, 30L);
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("4.00"));
        assertThat(ledger.balance(customer).getExpired()).isEqualTo(new BigDecimal("6.00"));
    }

    @Test
    void lotsExpireInTheOrderOfTheirDatesAndShowInTheHistory() {
        Instant now = context.clock().instant();
        long first = issue("first", "7.00", now.plus(Duration.ofDays(10)));
        long second = issue("second", "3.00", now.plus(Duration.ofDays(20)));
        issue("never", "1.00", null);
        ledger.spend(CreditSpend.of(customer, new BigDecimal("5.00"), USD, key("spend")));
        assertThat(remaining(first)).as("the spend took the soonest-expiring credit").isEqualByComparingTo("2.00");

        context.clock().advance(Duration.ofDays(10).plusSeconds(1));
        assertThat(ledger.expireDue(customer)).isEqualByComparingTo("2.00");
        assertThat(ledger.expireDue(customer)).as("a second sweep finds nothing").isEqualByComparingTo("0");
        assertThat(remaining(second)).isEqualByComparingTo("3.00");

        context.clock().advance(Duration.ofDays(10));
        CreditSweep sweep = context.bean("blLoyaltyCreditSweep", CreditSweep.class);
        assertThat(sweep.expireAll()).isGreaterThanOrEqualTo(1);

        CreditBalance balance = ledger.balance(customer);
        assertThat(balance.getAvailable()).isEqualTo(new BigDecimal("1.00"));
        assertThat(balance.getExpired()).isEqualTo(new BigDecimal("5.00"));
        List<CreditEntry> history = ledger.history(customer, null, 2);
        assertThat(history).extracting(CreditEntry::getType).containsExactly(CreditEntryType.EXPIRE, CreditEntryType.EXPIRE);
        assertThat(history).extracting(CreditEntry::getRefersToEntryId).containsExactly(second, first);
    }

    @Test
    void aSpendNeverUsesCreditPastItsExpiryEvenBeforeTheSweep() {
        Instant now = context.clock().instant();
        issue("soon", "10.00", now.plus(Duration.ofDays(1)));
        context.clock().advance(Duration.ofDays(2));

        refused("insufficient_credit", () -> ledger.spend(CreditSpend.of(customer, new BigDecimal("1.00"), USD, key("late"))));
        assertThat(ledger.balance(customer).getExpired()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger.expireDue(customer)).isEqualByComparingTo("10.00");
    }

    @Test
    void theReleaseSweepMakesDueCreditAvailable() {
        Instant now = context.clock().instant();
        ledger.issue(CreditIssue.of(customer, new BigDecimal("8.00"), USD, key("issue")).availableAt(now.plus(Duration.ofDays(3))));
        context.clock().advance(Duration.ofDays(3).plusSeconds(1));

        context.bean("blLoyaltyCreditSweep", CreditSweep.class).releaseAll();

        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("8.00"));
        assertThat(ledger.history(customer, null, 1).get(0).getType()).isEqualTo(CreditEntryType.RELEASE);
    }

    @Test
    void revokingCreditAlreadySpentTakesWhatIsThereAndRecordsTheRestAsUnrecovered() {
        long issued = issue("order", "100.00", null);
        issue("bonus", "5.00", null);
        ledger.spend(CreditSpend.of(customer, new BigDecimal("90.00"), USD, key("spend")));

        CreditEntry revoke = ledger.reverse(issued, new BigDecimal("100.00"), "order returned", key("revoke")).getEntry();

        assertThat(revoke.getType()).isEqualTo(CreditEntryType.REVOKE);
        assertThat(revoke.getAmount()).isEqualTo(new BigDecimal("-15.00"));
        assertThat(revoke.getUnrecovered()).isEqualTo(new BigDecimal("85.00"));
        CreditBalance balance = ledger.balance(customer);
        assertThat(balance.getAvailable()).isEqualTo(new BigDecimal("0.00"));
        assertThat(balance.getUnrecovered()).isEqualTo(new BigDecimal("85.00"));
        assertThat(balance.getLifetimeIssued()).isEqualTo(new BigDecimal("5.00"));
        assertThat(ledger.reversibleLeft(issued)).isEqualByComparingTo("0");
    }

    @Test
    void revokingCreditThatAlreadyExpiredTakesNothingMore() {
        Instant now = context.clock().instant();
        long issued = issue("order", "10.00", now.plus(Duration.ofDays(5)));
        issue("other", "4.00", null);
        context.clock().advance(Duration.ofDays(6));
        ledger.expireDue(customer);

        CreditEntry revoke = ledger.reverse(issued, new BigDecimal("10.00"), "order cancelled late", key("revoke")).getEntry();

        assertThat(revoke.getAlreadyExpired()).isEqualTo(new BigDecimal("10.00"));
        assertThat(revoke.getAmount()).isEqualByComparingTo("0");
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("4.00"));
    }

    @Test
    void partOfPendingCreditIsRevokedWithoutTouchingTheAvailableBalance() {
        Instant now = context.clock().instant();
        issue("available", "2.50", null);
        long issued = ledger.issue(CreditIssue.of(customer, new BigDecimal("10.00"), USD, key("order"))
                .availableAt(now.plus(Duration.ofDays(14))).fromOrder(fakeOrder())).getEntry().getId();

        ledger.reverse(issued, new BigDecimal("3.33"), "one line returned", key("revoke-1"));
        assertThat(ledger.reversibleLeft(issued)).isEqualTo(new BigDecimal("6.67"));
        ledger.reverse(issued, new BigDecimal("6.67"), "the rest returned", key("revoke-2"));

        CreditBalance balance = ledger.balance(customer);
        assertThat(balance.getPending()).isEqualTo(new BigDecimal("0.00"));
        assertThat(balance.getAvailable()).isEqualTo(new BigDecimal("2.50"));
        assertThat(balance.getLifetimeIssued()).isEqualTo(new BigDecimal("2.50"));
        refused("reversal_exceeds_entry", () -> ledger.reverse(issued, new BigDecimal("0.01"), "again", key("revoke-3")));
        assertThat(ledger.orderEntries(fakeOrder())).extracting(CreditEntry::getType)
                .containsExactly(CreditEntryType.ISSUE, CreditEntryType.REVOKE, CreditEntryType.REVOKE);
        assertThat(ledger.orderEntries(fakeOrder()).get(1).getBucket()).isEqualTo(Bucket.PENDING);
    }

    @Test
    void adminAdjustmentsNeedAReasonAndKeepTheAdminsName() {
        CreditEntry plus = ledger.adjust(customer, new BigDecimal("40.00"), USD, "goodwill after a late delivery",
                "jane.admin", key("plus")).getEntry();
        CreditEntry minus = ledger.adjust(customer, new BigDecimal("-15.00"), USD, "double-counted refund", "jane.admin",
                key("minus")).getEntry();

        assertThat(minus.getActor()).isEqualTo("jane.admin");
        assertThat(minus.getReason()).isEqualTo("double-counted refund");
        assertThat(minus.getAmount()).isEqualTo(new BigDecimal("-15.00"));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("25.00"));
        assertThat(ledger.balance(customer).getLifetimeIssued()).as("adjustments are no issues").isEqualTo(new BigDecimal("0.00"));
        refused("not_reversible", () -> ledger.reverse(minus.getId(), new BigDecimal("15.00"), "undo", key("undo")));

        ledger.reverse(plus.getId(), new BigDecimal("25.00"), "goodwill withdrawn", key("withdraw"));
        assertThat(ledger.balance(customer).getAvailable()).isEqualTo(new BigDecimal("0.00"));
        assertThat(ledger.findEntryByKey(key("withdraw")).getType()).isEqualTo(CreditEntryType.REVOKE);
        assertThat(ledger.findEntryByKey(key("nothing-here"))).isNull();
    }

    @Test
    void historyPagesByKeysetNewestFirstWithoutGapsOrRepeats() {
        for (int i = 0; i < 25; i++) {
            issue("issue-" + i, (i + 1) + ".00", null);
        }
        List<Long> seen = new ArrayList<Long>();
        List<Integer> pageSizes = new ArrayList<Integer>();
        Long before = null;
        while (true) {
            List<CreditEntry> page = ledger.history(customer, before, 10);
            if (page.isEmpty()) {
                break;
            }
            pageSizes.add(page.size());
            for (CreditEntry entry : page) {
                seen.add(entry.getId());
            }
            before = page.get(page.size() - 1).getId();
        }
        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a)).hasSize(25);
    }

    private long issue(String name, String amount, Instant expiresAt) {
        return ledger.issue(CreditIssue.of(customer, new BigDecimal(amount), USD, key(name)).expiresAt(expiresAt))
                .getEntry().getId();
    }

    private BigDecimal remaining(long lotId) {
        return context.jdbc().queryForObject("SELECT REMAINING FROM LOY_CREDIT_ENTRY WHERE ID = ?", BigDecimal.class, lotId);
    }

    /** An order id no shop order of the other tests has. */
    private long fakeOrder() {
        return 900000000000L + customer;
    }

    private String key(String name) {
        return "test:" + customer + ":" + name;
    }

    static void refused(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(LoyaltyException.class)
                .satisfies(e -> assertThat(((LoyaltyException) e).getCode()).isEqualTo(code));
    }
}
