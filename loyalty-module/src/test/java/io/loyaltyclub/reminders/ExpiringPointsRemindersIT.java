package io.loyaltyclub.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.loyaltyclub.ledger.Earning;
import io.loyaltyclub.ledger.Redemption;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** "Your points expire soon", through Broadleaf's e-mail service to an in-process SMTP server, on a test clock. */
@ExtendWith(BroadleafExtension.class)
class ExpiringPointsRemindersIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final PointsLedger ledger = context.bean("blLoyaltyPointsLedger", PointsLedger.class);
    private final ExpiringPointsReminders reminders = context.bean("blLoyaltyExpiringPointsReminders",
            ExpiringPointsReminders.class);
    private final ReminderPreferences preferences = context.bean("blLoyaltyReminderPreferences", ReminderPreferences.class);

    @RegisterExtension
    final Mailbox smtp = new Mailbox(context);

    @BeforeEach
    void remindEarlierMembersOutOfTheWay() throws Exception {
        // Earlier tests left members with points expiring soon: remind them now, out of the way.
        reminders.sendDue();
        smtp.purge();
    }

    @Test
    void aMemberIsRemindedOnceOfPointsExpiringSoonAndNeverOfWhatIsGone(ShopFixtures shop) throws Exception {
        Instant now = context.clock().instant();
        Customer ann = shop.customer();
        earn(ann, 120, now.plus(Duration.ofDays(10)));
        earn(ann, 30, now.plus(Duration.ofDays(12)));
        earn(ann, 500, now.plus(Duration.ofDays(90)));
        Customer bob = shop.customer();
        earn(bob, 80, now.plus(Duration.ofDays(5)));
        ledger.redeem(Redemption.of(bob.getId(), 80, key()).reason("a reward"));
        Customer cem = shop.customer();
        earn(cem, 60, now.plus(Duration.ofDays(3)));
        preferences.optOut(cem.getId());

        assertThat(reminders.sendDue()).isPositive();

        assertThat(mailsTo(ann)).isEqualTo(1);
        MimeMessage mail = lastMailTo(ann);
        assertThat(mail.getSubject()).isEqualTo("Your points expire soon");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).as("the 120 and 30 of the next two weeks, not the 500 of later").contains("150");
        assertThat(body).doesNotContain("650");

        reminders.sendDue();
        context.clock().advance(Duration.ofDays(8));
        reminders.sendDue();
        context.clock().advance(Duration.ofDays(100));
        reminders.sendDue();
        assertThat(mailsTo(ann)).as("nothing twice, nothing about what expired meanwhile").isEqualTo(1);
        assertThat(mailsTo(bob) + mailsTo(cem)).as("spent points, an opted-out member").isZero();
    }

    @Test
    void pointsComingDueLaterInTheWeekWaitForTheNextPeriod(ShopFixtures shop) throws Exception {
        Instant now = context.clock().instant();
        Customer member = shop.customer();
        earn(member, 40, now.plus(Duration.ofDays(2)));
        earn(member, 70, now.plus(Duration.ofDays(17)));
        reminders.sendDue();
        assertThat(mailsTo(member)).isEqualTo(1);

        context.clock().advance(Duration.ofDays(4));
        reminders.sendDue();
        assertThat(mailsTo(member)).as("the 70 are due within 14 days now, but a reminder went 4 days ago").isEqualTo(1);
        context.clock().advance(Duration.ofDays(4));
        reminders.sendDue();
        assertThat(mailsTo(member)).isEqualTo(2);
        assertThat(GreenMailUtil.getBody(lastMailTo(member))).contains("70");
    }

    @Test
    void anOptOutHoldsAtOnceAndAFailedSendIsTriedAgain(ShopFixtures shop) throws Exception {
        Instant now = context.clock().instant();
        Customer member = shop.customer();
        earn(member, 25, now.plus(Duration.ofDays(6)));
        smtp.stop();

        reminders.sendDue();
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_REMINDER WHERE CUSTOMER_ID = ?", Integer.class,
                member.getId())).as("no marker left behind").isZero();

        smtp.start();
        preferences.optOut(member.getId());
        reminders.sendDue();
        assertThat(mailsTo(member)).isZero();
        preferences.optIn(member.getId());
        reminders.sendDue();
        assertThat(mailsTo(member)).as("tried again once the server is back").isEqualTo(1);
    }

    private int mailsTo(Customer customer) throws Exception {
        return smtp.mailsTo(customer);
    }

    private MimeMessage lastMailTo(Customer customer) throws Exception {
        return smtp.lastMailTo(customer);
    }

    private void earn(Customer customer, long points, Instant expiresAt) {
        ledger.earn(Earning.of(customer.getId(), points, key()).reason("test").expiresAt(expiresAt));
    }

    private static String key() {
        return "test:" + UUID.randomUUID();
    }
}
