package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditAmounts;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditEntryType;
import io.loyaltyclub.credit.CreditIssue;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.cashback.CashBackCalculation;
import io.loyaltyclub.credit.cashback.CashBackCalculator;
import io.loyaltyclub.credit.cashback.CashBackLine;
import io.loyaltyclub.credit.cashback.CashBackOrder;
import io.loyaltyclub.credit.cashback.CashBackRule;
import io.loyaltyclub.earning.OrderLineForEarning;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;

/**
 * The store-credit side of {@link OrderPointsService}: the cash-back of an order, worked out once when the order is
 * recorded and kept on its lines, then reconciled with the credit ledger on every change of the order, as its
 * points are. Runs inside {@link OrderPointsService}'s transactions.
 *
 * <ul>
 * <li>What is due: nothing for a cancelled order; otherwise each line's cash-back less the share of its returned
 * units (rounded down to the minor unit; the last unit takes the rest, see {@link ClubOrderLine#cashBackDue}).</li>
 * <li>More due than booked: an ISSUE of the difference (source CASH_BACK, key {@code order:<id>:credit:<n>}),
 * pending until the program's return window ends, expiring the program's credit expiry days after it becomes
 * available (never when that is not set).</li>
 * <li>Less due than booked: REVOKEs of the order's issues, the latest first (key
 * {@code order:<id>:credit-revoke:<issue>:<n>}); credit the member already spent is recorded as unrecovered
 * (see {@link CreditLedger}).</li>
 * </ul>
 *
 * <p>Gift-card lines earn no cash-back. A member whose credit account is in another currency than the order gets
 * no cash-back for it (logged): an account holds one currency.</p>
 */
public class OrderCashBack {

    private static final Log LOG = LogFactory.getLog(OrderCashBack.class);
    /** The id of the rule that stands for a tier's cash-back bonus; stored rules have positive ids. */
    static final long TIER_BONUS_RULE_ID = -1L;

    private CreditLedger ledger;
    private ProgramService program;
    private CashBackCalculator calculator = new CashBackCalculator();
    private Clock clock = Clock.systemUTC();
    private MemberStanding standing = MemberStanding.NONE;

    /**
     * The order's cash-back with the merchant's rules, per line; nothing when the club's set-up does not fit the
     * order (logged), so the order is still recorded and earns its points.
     */
    CashBackCalculation calculate(ClubOrderSnapshot snapshot) {
        try {
            int scale = CreditAmounts.scaleOf(snapshot.getCurrencyCode());
            List<CashBackLine> lines = new ArrayList<CashBackLine>();
            for (OrderLineForEarning line : snapshot.getLines()) {
                if (!line.isGiftCard()) {
                    lines.add(new CashBackLine(line.getLineId(), line.getProductId(), line.getCategoryIds(),
                            line.getQuantity(), line.getEligibleAmount()));
                }
            }
            long customerId = snapshot.getCustomerId();
            String tier = standing.tierCode(customerId);
            Set<String> tiers = tier == null ? Collections.<String>emptySet() : Collections.singleton(tier);
            CashBackOrder order = new CashBackOrder(lines, snapshot.getOrderedAt(), scale, tiers,
                    standing.segmentCodes(customerId));
            List<CashBackRule> rules = new ArrayList<CashBackRule>(program.cashBackRules());
            BigDecimal bonus = standing.tierCashBackPercent(customerId);
            if (tier != null && bonus.signum() > 0) {
                // The tier's benefit: one more rule, for this tier's members, on every line.
                rules.add(CashBackRule.builder(TIER_BONUS_RULE_ID, "Tier " + tier + " bonus").percentage(bonus)
                        .tierCodes(tiers).build());
            }
            return calculator.evaluate(order, rules);
        } catch (LoyaltyException e) {
            LOG.error("Order " + snapshot.getOrderId() + " earns no cash-back: " + e.getMessage() + " (" + e.getCode() + ")");
            return null;
        }
    }

    /** Books the difference between the cash-back the order is due now and what the ledger holds for it. */
    void reconcile(ClubOrder order, List<ClubOrderLine> lines, String reason) {
        long orderId = order.getOrderId();
        List<CreditEntry> entries = ledger.orderEntries(orderId);
        if (entries.isEmpty() && order.getCashBack().signum() == 0) {
            return;
        }
        int scale = CreditAmounts.scaleOf(order.getCurrencyCode());
        long due = 0;
        if (order.getStatus() == ClubOrderStatus.PLACED) {
            for (ClubOrderLine line : lines) {
                due += line.cashBackDue(scale);
            }
        }
        List<CreditEntry> issues = new ArrayList<CreditEntry>();
        long booked = 0;
        for (CreditEntry entry : entries) {
            if (entry.getType() == CreditEntryType.ISSUE) {
                issues.add(entry);
                booked += CreditAmounts.units(ledger.reversibleLeft(entry.getId()), scale);
            }
        }
        if (due > booked) {
            String held = ledger.balance(order.getCustomerId()).getCurrencyCode();
            if (held != null && !held.equals(order.getCurrencyCode())) {
                LOG.error("Order " + orderId + " in " + order.getCurrencyCode() + " earns no cash-back: customer "
                        + order.getCustomerId() + " holds credit in " + held);
                return;
            }
            ProgramSettings settings = program.settings();
            Instant availableAt = clock.instant().plus(Duration.ofDays(settings.getReturnWindowDays()));
            ledger.issue(CreditIssue.of(order.getCustomerId(), CreditAmounts.amount(due - booked, scale),
                    order.getCurrencyCode(), "order:" + orderId + ":credit:" + (issues.size() + 1))
                    .fromOrder(orderId)
                    .reason(reason)
                    .availableAt(availableAt)
                    .expiresAt(settings.creditExpiresAt(availableAt)));
        } else if (due < booked) {
            long toTakeBack = booked - due;
            for (int i = issues.size() - 1; i >= 0 && toTakeBack > 0; i--) {
                CreditEntry issue = issues.get(i);
                long part = Math.min(toTakeBack, CreditAmounts.units(ledger.reversibleLeft(issue.getId()), scale));
                if (part > 0) {
                    ledger.reverse(issue.getId(), CreditAmounts.amount(part, scale), reason, "order:" + orderId
                            + ":credit-revoke:" + issue.getId() + ":" + (revokesOf(entries, issue.getId()) + 1));
                    toTakeBack -= part;
                }
            }
        }
    }

    private static int revokesOf(List<CreditEntry> entries, long issueId) {
        int revokes = 0;
        for (CreditEntry entry : entries) {
            if (entry.getType() == CreditEntryType.REVOKE && Long.valueOf(issueId).equals(entry.getRefersToEntryId())) {
                revokes++;
            }
        }
        return revokes;
    }

    static BigDecimal total(CashBackCalculation calculation) {
        return calculation == null ? BigDecimal.ZERO : calculation.getTotal();
    }

    public void setLedger(CreditLedger ledger) {
        this.ledger = ledger;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    /** The member's tier and segments, which cash-back rules may target, and the tier's bonus. */
    public void setStanding(MemberStanding standing) {
        this.standing = standing;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
