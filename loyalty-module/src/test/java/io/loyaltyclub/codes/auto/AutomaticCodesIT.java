package io.loyaltyclub.codes.auto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.broadleaf.customer.BroadleafBirthdays;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Automatic codes: each trigger issues one personal code per occasion, however often it fires. */
@ExtendWith(BroadleafExtension.class)
class AutomaticCodesIT {

    @Test
    void birthdayCodesAreIssuedTheRulesDaysAheadOncePerYear(BroadleafContext context, ShopFixtures shop) {
        AutomaticCodes automatic = automatic(context);
        AutoCodeRule rule = automatic.define(new AutoCodeRule(AutoCodeTrigger.BIRTHDAY, campaign(context).getId(), 14)
                .daysBefore(7));
        Customer member = bornOn(context, shop, "1990-03-17");
        Customer leapling = bornOn(context, shop, "1992-02-29");

        List<ClubCode> issued = automatic.issueBirthdayCodes(LocalDate.of(2031, 3, 10));
        assertThat(issued).extracting(ClubCode::getCustomerId).contains(member.getId()).doesNotContain(leapling.getId());
        ClubCode code = mine(issued, member);
        assertThat(code.getEndsAt().getTime() - code.getStartsAt().getTime()).isEqualTo(14L * 24 * 3600 * 1000);
        assertThat(code.getIssueKey()).isEqualTo("auto:" + rule.getId() + ":" + member.getId() + ":birthday:2031");

        assertThat(mine(automatic.issueBirthdayCodes(LocalDate.of(2031, 3, 10)), member).getId())
                .as("the job run twice").isEqualTo(code.getId());
        assertThat(mine(automatic.issueBirthdayCodes(LocalDate.of(2032, 3, 10)), member).getId()).as("next year")
                .isNotEqualTo(code.getId());
        assertThat(automatic.issueBirthdayCodes(LocalDate.of(2031, 2, 21))).as("28 Feb of a common year")
                .extracting(ClubCode::getCustomerId).contains(leapling.getId());
        assertThat(codes(context).codesOf(member.getId())).hasSize(2);
    }

    @Test
    void birthdaysMissedWhileTheJobDidNotRunAreCaughtUpOncePerYear(BroadleafContext context, ShopFixtures shop) {
        AutomaticCodes automatic = automatic(context);
        AutoCodeRule rule = automatic.define(new AutoCodeRule(AutoCodeTrigger.BIRTHDAY, campaign(context).getId(), 14));
        try {
            Customer june = bornOn(context, shop, "1990-06-01");
            Customer may = bornOn(context, shop, "1985-05-20");
            Customer newYearsEve = bornOn(context, shop, "1979-12-30");
            String juneKey = "auto:" + rule.getId() + ":" + june.getId() + ":birthday:";

            assertThat(keysOf(automatic.issueBirthdayCodes(LocalDate.of(2033, 5, 31)), rule)).doesNotContain(juneKey + "2033");
            // The server was down from 1 to 3 June: the run of the 4th catches up with the birthday of the 1st.
            List<String> fourth = keysOf(automatic.issueBirthdayCodes(LocalDate.of(2033, 6, 4)), rule);
            assertThat(fourth).contains(juneKey + "2033")
                    .as("15 days ago: beyond the catch-up").doesNotContain("auto:" + rule.getId() + ":" + may.getId() + ":birthday:2033");
            automatic.issueBirthdayCodes(LocalDate.of(2033, 6, 5));
            assertThat(keysOf(codes(context).codesOf(june.getId()), rule)).containsExactly(juneKey + "2033");

            automatic.issueBirthdayCodes(LocalDate.of(2034, 6, 1));
            automatic.issueBirthdayCodes(LocalDate.of(2034, 6, 3));
            assertThat(keysOf(codes(context).codesOf(june.getId()), rule)).as("once per year")
                    .containsExactlyInAnyOrder(juneKey + "2033", juneKey + "2034");

            assertThat(keysOf(automatic.issueBirthdayCodes(LocalDate.of(2035, 1, 2)), rule)).as("over the new year")
                    .contains("auto:" + rule.getId() + ":" + newYearsEve.getId() + ":birthday:2034");

            LocalDate today = context.clock().instant().atZone(ZoneOffset.UTC).toLocalDate();
            Customer twoDaysAgo = bornOn(context, shop, today.minusDays(2).withYear(1988).toString());
            assertThat(keysOf(automatic.issueBirthdayCodes(today), rule)).as("days before the rule existed are not caught up")
                    .noneMatch(key -> key.contains(":" + twoDaysAgo.getId() + ":"));
        } finally {
            context.jdbc().update("UPDATE LOY_AUTO_CODE_RULE SET ACTIVE = FALSE WHERE ID = ?", rule.getId());
        }
    }

    private static List<String> keysOf(List<ClubCode> codes, AutoCodeRule rule) {
        List<String> keys = new java.util.ArrayList<String>();
        for (ClubCode code : codes) {
            if (code.getIssueKey() != null && code.getIssueKey().startsWith("auto:" + rule.getId() + ":")) {
                keys.add(code.getIssueKey());
            }
        }
        return keys;
    }

    @Test
    void tierWelcomeAndWinBackFireOncePerOccasion(BroadleafContext context, ShopFixtures shop) {
        AutomaticCodes automatic = automatic(context);
        automatic.define(new AutoCodeRule(AutoCodeTrigger.TIER_WELCOME, campaign(context).getId(), 30).tier("GOLD-" + suffix()));
        AutoCodeRule anyTier = automatic.define(new AutoCodeRule(AutoCodeTrigger.TIER_WELCOME, campaign(context).getId(), 30));
        automatic.define(new AutoCodeRule(AutoCodeTrigger.WIN_BACK, campaign(context).getId(), 21));
        Customer member = shop.customer();

        List<ClubCode> silver = automatic.issueTierWelcome(member.getId(), "SILVER");
        assertThat(silver).extracting(ClubCode::getIssueKey).contains("auto:" + anyTier.getId() + ":" + member.getId() + ":tier:SILVER");
        assertThat(automatic.issueTierWelcome(member.getId(), "SILVER")).extracting(ClubCode::getId)
                .isEqualTo(silver.stream().map(ClubCode::getId).collect(java.util.stream.Collectors.toList()));
        automatic.issueWinBack(member.getId(), "2031-04");
        automatic.issueWinBack(member.getId(), "2031-04");
        long afterOneWinBack = codes(context).codesOf(member.getId()).size();
        automatic.issueWinBack(member.getId(), "2031-09");
        assertThat(codes(context).codesOf(member.getId())).hasSize((int) afterOneWinBack + countRules(context, "WIN_BACK"));
    }

    @Test
    void reachingThePointsThresholdUnlocksItsCodeOnce(BroadleafContext context, ShopFixtures shop) {
        AutomaticCodes automatic = automatic(context);
        AutoCodeRule rule = automatic.define(new AutoCodeRule(AutoCodeTrigger.POINTS_THRESHOLD, campaign(context).getId(), 30)
                .threshold(1000000));
        Customer member = shop.customer();

        assertThat(automatic.unlockThresholds(member.getId())).extracting(ClubCode::getIssueKey)
                .doesNotContain("auto:" + rule.getId() + ":" + member.getId() + ":threshold");
        context.bean("blLoyaltyPointsLedger", io.loyaltyclub.ledger.PointsLedger.class).earn(
                io.loyaltyclub.ledger.Earning.of(member.getId(), 1000000, "test:" + suffix()));
        List<ClubCode> unlocked = automatic.unlockThresholds(member.getId());
        assertThat(unlocked).extracting(ClubCode::getIssueKey).contains("auto:" + rule.getId() + ":" + member.getId() + ":threshold");
        int codesNow = codes(context).codesOf(member.getId()).size();
        automatic.unlockThresholds(member.getId());
        assertThat(codes(context).codesOf(member.getId())).hasSize(codesNow);
    }

    private static Customer bornOn(BroadleafContext context, ShopFixtures shop, String date) {
        Customer customer = shop.customer();
        CustomerAttribute birthday = new CustomerAttributeImpl();
        birthday.setName(BroadleafBirthdays.ATTRIBUTE);
        birthday.setValue(date);
        birthday.setCustomer(customer);
        customer.getCustomerAttributes().put(BroadleafBirthdays.ATTRIBUTE, birthday);
        return context.bean("blCustomerService", CustomerService.class).saveCustomer(customer);
    }

    private static ClubCode mine(List<ClubCode> codes, Customer member) {
        for (ClubCode code : codes) {
            if (member.getId().equals(code.getCustomerId())) {
                return code;
            }
        }
        throw new AssertionError("no code for member " + member.getId());
    }

    private static int countRules(BroadleafContext context, String trigger) {
        return context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_AUTO_CODE_RULE WHERE TRIGGER_TYPE = ? AND ACTIVE = TRUE",
                Integer.class, trigger);
    }

    private static CodeCampaign campaign(BroadleafContext context) {
        return codes(context).createCampaign(CampaignRequest.of("Automatic", "AUTO", CodeDiscount.percentOff(BigDecimal.TEN))
                .window(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), null));
    }

    private static CodeStore codes(BroadleafContext context) {
        return context.bean("blLoyaltyCodeStore", CodeStore.class);
    }

    private static AutomaticCodes automatic(BroadleafContext context) {
        return context.bean("blLoyaltyAutomaticCodes", AutomaticCodes.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
