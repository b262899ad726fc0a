package io.loyaltyclub.members;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.audit.AdminAudit;
import io.loyaltyclub.audit.AuditJson;
import io.loyaltyclub.credit.CreditAmounts;
import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.credit.CreditPosting;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.ledger.PointsPosting;
import io.loyaltyclub.members.AdjustmentInput.Direction;
import io.loyaltyclub.program.ProgramService;

/**
 * An admin's manual correction of a member's points or store credit, from what was typed into the form. The input
 * is checked first ({@link AdjustmentInput}); the change is then an ADJUST entry of the ledger, with the reason and
 * the admin's name, under the idempotency key made from the form's one-time token: the same form sent twice books
 * once. Every refusal is a {@link LoyaltyException} with a message for the admin, and nothing is booked.
 */
public class MemberAdjustments {

    private static final Pattern FORM_TOKEN = Pattern.compile("[0-9a-fA-F-]{16,64}");

    private PointsLedger pointsLedger;
    private CreditLedger creditLedger;
    private ProgramService program;
    private AdminAudit audit;

    public Outcome adjustPoints(long customerId, String direction, String amount, String reason, String admin,
            String formToken) {
        Direction way = AdjustmentInput.direction(direction);
        long points = AdjustmentInput.points(amount, way, PointsLedger.MAX_POINTS_PER_ENTRY);
        String why = AdjustmentInput.reason(reason);
        String key = key("points", customerId, formToken);
        if (points < 0) {
            PointsBalance balance = pointsLedger.balance(customerId);
            if (balance.getAvailable() < -points) {
                throw new LoyaltyException("insufficient_points", "The member has " + balance.getAvailable()
                        + " points available; " + (-points) + " cannot be taken.");
            }
        }
        try {
            PointsPosting posting = pointsLedger.adjust(customerId, points, why, requireAdmin(admin), key);
            if (!posting.isReplayed()) {
                long after = pointsLedger.balance(customerId).getAvailable();
                recordInAudit(admin, "MemberPoints", customerId, after - points, after, points, why);
            }
            String done = (points > 0 ? "Added " : "Took away ") + Math.abs(points) + " points.";
            return new Outcome(posting.isReplayed() ? "This adjustment was already booked: " + done : done,
                    posting.isReplayed());
        } catch (LoyaltyException refused) {
            throw inWords(refused);
        }
    }

    public Outcome adjustCredit(long customerId, String direction, String amount, String reason, String admin,
            String formToken) {
        Direction way = AdjustmentInput.direction(direction);
        String currency = creditCurrency(customerId);
        BigDecimal credit = AdjustmentInput.credit(amount, way, CreditAmounts.scaleOf(currency), CreditAmounts.MAX_PER_ENTRY,
                currency);
        String why = AdjustmentInput.reason(reason);
        String key = key("credit", customerId, formToken);
        if (credit.signum() < 0) {
            CreditBalance balance = creditLedger.balance(customerId);
            if (balance.getAvailable().compareTo(credit.negate()) < 0) {
                throw new LoyaltyException("insufficient_credit", "The member has " + balance.getAvailable().toPlainString()
                        + " " + currency + " of store credit available; " + credit.negate().toPlainString()
                        + " cannot be taken.");
            }
        }
        try {
            CreditPosting posting = creditLedger.adjust(customerId, credit, currency, why, requireAdmin(admin), key);
            if (!posting.isReplay()) {
                BigDecimal after = creditLedger.balance(customerId).getAvailable();
                recordInAudit(admin, "MemberCredit", customerId, after.subtract(credit), after, credit, why);
            }
            String done = (credit.signum() > 0 ? "Added " : "Took away ") + credit.abs().toPlainString() + " " + currency
                    + " of store credit.";
            return new Outcome(posting.isReplay() ? "This adjustment was already booked: " + done : done,
                    posting.isReplay());
        } catch (LoyaltyException refused) {
            throw inWords(refused);
        }
    }

    /**
     * The admin audit's line for an adjustment. The ledger entry (with the admin and the reason) is the booking
     * itself and commits first, in the ledger's own transaction whose idempotency handling must not be nested in
     * another; the audit line follows it. The balances are the available ones, after minus the change before.
     */
    private void recordInAudit(String admin, String entityType, long customerId, Object availableBefore,
            Object availableAfter, Object change, String reason) {
        if (audit == null) {
            return;
        }
        Map<String, Object> before = new LinkedHashMap<String, Object>();
        before.put("available", availableBefore);
        Map<String, Object> after = new LinkedHashMap<String, Object>();
        after.put("available", availableAfter);
        after.put("change", change);
        after.put("reason", reason);
        audit.record(admin, entityType, String.valueOf(customerId), "adjust", AuditJson.of(before), AuditJson.of(after));
    }

    /** The member's credit currency: that of their account, or the program's base currency before their first credit. */
    public String creditCurrency(long customerId) {
        String held = creditLedger.balance(customerId).getCurrencyCode();
        return held != null ? held : program.settings().getBaseCurrency();
    }

    private static String key(String ledger, long customerId, String formToken) {
        if (formToken == null || !FORM_TOKEN.matcher(formToken).matches()) {
            throw new LoyaltyException("invalid_form_token", "The form has expired; open the member page again.");
        }
        return "admin-adjust:" + ledger + ":" + customerId + ":" + formToken.toLowerCase();
    }

    private static String requireAdmin(String admin) {
        if (admin == null || admin.trim().isEmpty()) {
            throw new LoyaltyException("actor_required", "Only a signed-in admin can adjust balances.");
        }
        return admin;
    }

    /** The ledgers' own refusals (raced by another change), said for the admin. */
    private static LoyaltyException inWords(LoyaltyException refused) {
        switch (refused.getCode()) {
            case "insufficient_points":
                return new LoyaltyException(refused.getCode(), "The member no longer has that many points available.");
            case "insufficient_credit":
                return new LoyaltyException(refused.getCode(), "The member no longer has that much store credit available.");
            case "idempotency_key_reused":
                return new LoyaltyException(refused.getCode(),
                        "This form was already used for another adjustment; open the member page again.");
            case "unknown_customer":
                return new LoyaltyException(refused.getCode(), "There is no such customer.");
            default:
                return refused;
        }
    }

    /** What happened, in words for the admin; {@code repeated}: the same form had already booked it. */
    public static final class Outcome {
        private final String message;
        private final boolean repeated;

        public Outcome(String message, boolean repeated) {
            this.message = message;
            this.repeated = repeated;
        }

        public String getMessage() {
            return message;
        }

        public boolean isRepeated() {
            return repeated;
        }
    }

    public void setPointsLedger(PointsLedger pointsLedger) {
        this.pointsLedger = pointsLedger;
    }

    public void setCreditLedger(CreditLedger creditLedger) {
        this.creditLedger = creditLedger;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setAudit(AdminAudit audit) {
        this.audit = audit;
    }
}
