package io.loyaltyclub.webhooks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.loyaltyclub.credit.CreditAccount;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditEntryType;
import io.loyaltyclub.ledger.EntryType;
import io.loyaltyclub.ledger.PointsAccount;
import io.loyaltyclub.ledger.PointsEntry;

/**
 * The events of the two ledgers, written as each entry is booked (same transaction): {@code points.earned},
 * {@code points.released}, {@code points.redeemed}, {@code points.expired}, {@code points.adjusted},
 * {@code points.reversed}; {@code credit.issued}, {@code credit.spent}, {@code credit.refunded},
 * {@code credit.revoked}, {@code credit.released}, {@code credit.expired}, {@code credit.adjusted}. The data
 * holds the entry's id, amount, order and the account's balances after it; never the free-text reason, which
 * may hold personal data.
 */
public class LedgerEvents {

    private EventOutbox outbox;

    public void pointsBooked(PointsAccount account, PointsEntry entry) {
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("entryId", entry.getId());
        data.put("points", entry.getPoints());
        data.put("orderId", entry.getOrderId());
        data.put("available", account.getAvailable());
        data.put("pending", account.getPending());
        outbox.record("points." + pastTense(entry.getType()), account.getCustomerId(), data);
    }

    public void creditBooked(CreditAccount account, CreditEntry entry) {
        Map<String, Object> data = new LinkedHashMap<String, Object>();
        data.put("entryId", entry.getId());
        data.put("amount", entry.getAmount().stripTrailingZeros().toPlainString());
        data.put("currency", entry.getCurrencyCode());
        data.put("orderId", entry.getOrderId());
        data.put("available", account.getAvailable().stripTrailingZeros().toPlainString());
        data.put("pending", account.getPending().stripTrailingZeros().toPlainString());
        outbox.record("credit." + pastTense(entry.getType()), account.getCustomerId(), data);
    }

    static String pastTense(EntryType type) {
        switch (type) {
            case EARN:
                return "earned";
            case REDEEM:
                return "redeemed";
            case ADJUST:
                return "adjusted";
            default:
                return type.name().toLowerCase(Locale.ROOT) + "d";
        }
    }

    static String pastTense(CreditEntryType type) {
        switch (type) {
            case ISSUE:
                return "issued";
            case SPEND:
                return "spent";
            case REFUND:
                return "refunded";
            case REVOKE:
                return "revoked";
            case ADJUST:
                return "adjusted";
            default:
                return type.name().toLowerCase(Locale.ROOT) + "d";
        }
    }

    public void setOutbox(EventOutbox outbox) {
        this.outbox = outbox;
    }
}
