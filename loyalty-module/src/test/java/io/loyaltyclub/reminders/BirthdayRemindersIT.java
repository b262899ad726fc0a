package io.loyaltyclub.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.loyaltyclub.broadleaf.customer.BroadleafBirthdays;
import io.loyaltyclub.codes.auto.AutoCodeRule;
import io.loyaltyclub.codes.auto.AutoCodeTrigger;
import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** The birthday greeting: on the day (or days before), once a year, with the birthday code when there is one. */
@ExtendWith(BroadleafExtension.class)
class BirthdayRemindersIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final BirthdayReminders reminders = context.bean("blLoyaltyBirthdayReminders", BirthdayReminders.class);

    @RegisterExtension
    final Mailbox smtp = new Mailbox(context);
    private ShopFixtures shop;
    private ZoneId zone;

    @BeforeEach
    void setUp(ShopFixtures shop) throws Exception {
        this.shop = shop;
        this.zone = context.bean("blLoyaltyProgramService", ProgramService.class).settings().zone();
    }

    @AfterEach
    void tearDown() {
        reminders.setDaysBefore(0);
    }

    @Test
    void aMemberIsGreetedOnTheBirthdayOnceAYearWithTheBirthdayCode() throws Exception {
        LocalDate today = today();
        LocalDate birthday = today.plusDays(2);
        Customer member = bornOn(LocalDate.of(1992, birthday.getMonthValue(), birthday.getDayOfMonth()));
        Customer otherDay = bornOn(LocalDate.of(1992, today.plusDays(3).getMonthValue(), today.plusDays(3).getDayOfMonth()));
        Customer unknown = shop.customer();

        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("two days early").isZero();

        context.clock().advance(Duration.ofDays(2));
        AutomaticCodes automatic = context.bean("blLoyaltyAutomaticCodes", AutomaticCodes.class);
        CodeStore codes = context.bean("blLoyaltyCodeStore", CodeStore.class);
        automatic.define(new AutoCodeRule(AutoCodeTrigger.BIRTHDAY, codes.createCampaign(CampaignRequest.of("Birthday",
                "BDAY", CodeDiscount.percentOff(BigDecimal.TEN)).window(LocalDate.of(2020, 1, 1).atStartOfDay()
                .toInstant(ZoneOffset.UTC), null)).getId(), 10));
        automatic.issueBirthdayCodes(today());
        ClubCode code = automatic.usableCode(member.getId(), AutomaticCodes.BIRTHDAY_OCCASION + birthday.getYear());
        assertThat(code).isNotNull();

        assertThat(reminders.sendDue()).isPositive();

        assertThat(smtp.mailsTo(member)).isEqualTo(1);
        assertThat(smtp.lastMailTo(member).getSubject()).isEqualTo("Happy birthday");
        assertThat(smtp.lastBodyTo(member)).contains("Happy birthday from all of us").contains(code.getCode());
        assertThat(smtp.mailsTo(otherDay)).as("tomorrow's birthday").isZero();
        assertThat(smtp.mailsTo(unknown)).as("no birthday known").isZero();

        context.clock().advance(Duration.ofHours(6));
        reminders.sendDue();
        context.clock().advance(Duration.ofDays(8));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("once a year").isEqualTo(1);

        LocalDate nextBirthday = LocalDate.of(birthday.getYear() + 1, birthday.getMonthValue(), birthday.getDayOfMonth());
        context.clock().advance(Duration.between(today().atStartOfDay(zone), nextBirthday.atStartOfDay(zone)));
        reminders.sendDue();
        assertThat(smtp.mailsTo(member)).as("next year's").isEqualTo(2);
    }

    @Test
    void daysBeforeTheBirthdayTheGreetingLooksAheadAndAMissedRunIsCaughtUp() throws Exception {
        reminders.setDaysBefore(3);
        LocalDate inThreeDays = today().plusDays(3);
        Customer member = bornOn(LocalDate.of(1992, inThreeDays.getMonthValue(), inThreeDays.getDayOfMonth()));
        LocalDate tomorrow = today().plusDays(1);
        Customer missedEarlier = bornOn(LocalDate.of(1992, tomorrow.getMonthValue(), tomorrow.getDayOfMonth()));
        LocalDate yesterday = today().minusDays(1);
        Customer passed = bornOn(LocalDate.of(1992, yesterday.getMonthValue(), yesterday.getDayOfMonth()));
        Customer optedOut = bornOn(LocalDate.of(1992, inThreeDays.getMonthValue(), inThreeDays.getDayOfMonth()));
        context.bean("blLoyaltyReminderPreferences", ReminderPreferences.class).optOut(optedOut.getId(),
                ReminderKind.BIRTHDAY);

        reminders.sendDue();

        assertThat(smtp.mailsTo(member)).isEqualTo(1);
        assertThat(smtp.lastBodyTo(member)).contains("coming up on " + inThreeDays);
        assertThat(smtp.mailsTo(missedEarlier)).as("the run two days ago was missed").isEqualTo(1);
        assertThat(smtp.lastBodyTo(missedEarlier)).contains("coming up on " + tomorrow);
        assertThat(smtp.mailsTo(passed)).as("a birthday that has passed").isZero();
        assertThat(smtp.mailsTo(optedOut)).isZero();
    }

    private LocalDate today() {
        return context.clock().instant().atZone(zone).toLocalDate();
    }

    private Customer bornOn(LocalDate date) {
        Customer customer = shop.customer();
        CustomerAttribute birthday = new CustomerAttributeImpl();
        birthday.setName(BroadleafBirthdays.ATTRIBUTE);
        birthday.setValue(date.toString());
        birthday.setCustomer(customer);
        customer.getCustomerAttributes().put(BroadleafBirthdays.ATTRIBUTE, birthday);
        return context.bean("blCustomerService", CustomerService.class).saveCustomer(customer);
    }
}
