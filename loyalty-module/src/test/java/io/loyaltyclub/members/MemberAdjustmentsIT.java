package io.loyaltyclub.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.CreditEntry;
import io.loyaltyclub.credit.CreditEntryType;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.audit.AdminAudit;
import io.loyaltyclub.audit.AuditEntry;
import io.loyaltyclub.ledger.EntryType;
import io.loyaltyclub.ledger.PointsEntry;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Manual adjustments as the admin's form sends them, through the real ledgers. */
@ExtendWith(BroadleafExtension.class)
class MemberAdjustmentsIT {

    private MemberAdjustments adjustments;
    private PointsLedger points;
    private CreditLedger credit;
    private AdminAudit audit;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        adjustments = context.bean("blLoyaltyMemberAdjustments", MemberAdjustments.class);
        points = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
        credit = context.bean("blLoyaltyCreditLedger", CreditLedger.class);
        audit = context.bean("blLoyaltyAdminAudit", AdminAudit.class);
        customer = shop.customer();
    }

    @Test
    void anAddedAdjustmentIsAnAdjustEntryWithTheReasonAndTheAdmin() {
        MemberAdjustments.Outcome outcome = adjustments.adjustPoints(customer.getId(), "ADD", " 250 ",
                "  Parcel arrived late ", "Dana Admin", token());

        assertThat(outcome.getMessage()).isEqualTo("Added 250 points.");
        assertThat(points.balance(customer.getId()).getAvailable()).isEqualTo(250);
        PointsEntry entry = points.history(customer.getId(), null, 10).get(0);
        assertThat(entry.getType()).isEqualTo(EntryType.ADJUST);
        assertThat(entry.getPoints()).isEqualTo(250);
        assertThat(entry.getReason()).isEqualTo("Parcel arrived late");
        assertThat(entry.getActor()).isEqualTo("Dana Admin");
    }

    @Test
    void theSameFormSentTwiceBooksOnce() {
        String token = token();
        adjustments.adjustPoints(customer.getId(), "ADD", "100", "Goodwill", "Dana Admin", token);
        MemberAdjustments.Outcome again = adjustments.adjustPoints(customer.getId(), "ADD", "100", "Goodwill",
                "Dana Admin", token);

        assertThat(again.isRepeated()).isTrue();
        assertThat(again.getMessage()).startsWith("This adjustment was already booked");
        assertThat(points.balance(customer.getId()).getAvailable()).isEqualTo(100);
        assertThat(points.history(customer.getId(), null, 10)).hasSize(1);
        List<AuditEntry> audited = audit.history("MemberPoints", String.valueOf(customer.getId()));
        assertThat(audited).as("one audit line for the one booking").hasSize(1);
        assertThat(audited.get(0).getAdminName()).isEqualTo("Dana Admin");
        assertThat(audited.get(0).getBefore()).isEqualTo("{\"available\":0}");
        assertThat(audited.get(0).getAfter()).isEqualTo("{\"available\":100,\"change\":100,\"reason\":\"Goodwill\"}");

        refused(() -> adjustments.adjustPoints(customer.getId(), "ADD", "150", "Goodwill", "Dana Admin", token),
                "idempotency_key_reused", "already used for another adjustment");
        assertThat(points.balance(customer.getId()).getAvailable()).isEqualTo(100);
    }

    @Test
    void takingAwayTakesFromTheBalanceButNeverBeyondIt() {
        adjustments.adjustPoints(customer.getId(), "ADD", "80", "Goodwill", "Dana Admin", token());

        refused(() -> adjustments.adjustPoints(customer.getId(), "TAKE", "81", "Too many", "Dana Admin", token()),
                "insufficient_points", "has 80 points available; 81 cannot be taken");
        MemberAdjustments.Outcome taken = adjustments.adjustPoints(customer.getId(), "take", "30", "Booked twice",
                "Dana Admin", token());

        assertThat(taken.getMessage()).isEqualTo("Took away 30 points.");
        assertThat(points.balance(customer.getId()).getAvailable()).isEqualTo(50);
        assertThat(points.history(customer.getId(), null, 10).get(0).getPoints()).isEqualTo(-30);
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndNothingIsBooked() {
        long id = customer.getId();
        refused(() -> adjustments.adjustPoints(id, "ADD", "10", "   ", "Dana Admin", token()), "reason_required", "reason");
        refused(() -> adjustments.adjustPoints(id, "ADD", "ten", "Goodwill", "Dana Admin", token()), "invalid_amount",
                "whole number");
        refused(() -> adjustments.adjustPoints(id, "ADD", "12.5", "Goodwill", "Dana Admin", token()), "invalid_amount",
                "whole number");
        refused(() -> adjustments.adjustPoints(id, "ADD", "0", "Goodwill", "Dana Admin", token()), "invalid_amount",
                "at least 1 point");
        refused(() -> adjustments.adjustPoints(id, "ADD", "-5", "Goodwill", "Dana Admin", token()), "invalid_amount",
                "without a sign");
        refused(() -> adjustments.adjustPoints(id, "ADD", "99999999999999999999", "Goodwill", "Dana Admin", token()),
                "amount_too_large", "at most 1000000000 points");
        refused(() -> adjustments.adjustPoints(id, "ADD", "1000000001", "Goodwill", "Dana Admin", token()),
                "amount_too_large", "at most 1000000000 points");
        refused(() -> adjustments.adjustPoints(id, "SIDEWAYS", "10", "Goodwill", "Dana Admin", token()),
                "invalid_direction", "add or to take");
        refused(() -> adjustments.adjustPoints(id, "ADD", "10", "Goodwill", "Dana Admin", "not a token"),
                "invalid_form_token", "open the member page again");
        refused(() -> adjustments.adjustCredit(id, "ADD", "1.234", "Goodwill", "Dana Admin", token()), "invalid_scale",
                "USD amounts have at most 2 decimals");
        refused(() -> adjustments.adjustCredit(id, "ADD", "1,50", "Goodwill", "Dana Admin", token()), "invalid_amount",
                "such as 12.50");
        refused(() -> adjustments.adjustCredit(id, "ADD", "1000000.01", "Goodwill", "Dana Admin", token()),
                "amount_too_large", "at most 1000000 USD");
        refused(() -> adjustments.adjustCredit(id, "TAKE", "0.01", "Goodwill", "Dana Admin", token()),
                "insufficient_credit", "has 0 USD of store credit available");

        assertThat(points.history(id, null, 10)).isEmpty();
        assertThat(credit.history(id, null, 10)).isEmpty();
    }

    @Test
    void storeCreditIsAdjustedAtTheCurrencysScale() {
        adjustments.adjustCredit(customer.getId(), "ADD", "12.5", "Refund of a broken mug", "Dana Admin", token());
        MemberAdjustments.Outcome taken = adjustments.adjustCredit(customer.getId(), "TAKE", "2.25",
                "Partly used", "Dana Admin", token());

        assertThat(taken.getMessage()).isEqualTo("Took away 2.25 USD of store credit.");
        assertThat(credit.balance(customer.getId()).getAvailable()).isEqualByComparingTo(new BigDecimal("10.25"));
        List<CreditEntry> entries = credit.history(customer.getId(), null, 10);
        assertThat(entries).extracting(CreditEntry::getType).containsOnly(CreditEntryType.ADJUST);
        assertThat(entries.get(1).getAmount()).isEqualByComparingTo("12.50");
        assertThat(entries.get(1).getReason()).isEqualTo("Refund of a broken mug");
        assertThat(entries.get(1).getActor()).isEqualTo("Dana Admin");
    }

    @Test
    void aReasonIsKeptExactlyAsTyped() {
        String reason = "Goodwill <script>alert('x')</script> & \"thanks\"";
        adjustments.adjustPoints(customer.getId(), "ADD", "5", reason, "Dana <b>Admin</b>", token());

        PointsEntry entry = points.history(customer.getId(), null, 1).get(0);
        assertThat(entry.getReason()).isEqualTo(reason);
        assertThat(entry.getActor()).isEqualTo("Dana <b>Admin</b>");
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }

    private static void refused(ThrowingCallable call, String code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LoyaltyException.class, e -> {
            assertThat(e.getCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
