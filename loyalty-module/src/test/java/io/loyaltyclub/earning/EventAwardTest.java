package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;

class EventAwardTest {

    private static final Instant AT = Instant.parse("2026-06-15T09:00:00Z");

    @Nested
    class OccasionKeys {

        @Test
        void signUpEarnsOncePerCustomer() {
            assertThat(CustomerEvent.signUp(7, AT).getOccasionKey()).isEqualTo("signup");
            assertThat(CustomerEvent.signUp(7, AT.plusSeconds(86400)).getOccasionKey()).isEqualTo("signup");
        }

        @Test
        void profileCompletedEarnsOncePerCustomerUnderItsOwnKey() {
            assertThat(CustomerEvent.profileCompleted(7, AT).getOccasionKey()).isEqualTo("profile-completed");
        }

        @Test
        void birthdayEarnsOncePerYear() {
            assertThat(CustomerEvent.birthday(7, AT, ZoneOffset.UTC).getOccasionKey()).isEqualTo("birthday:2026");
            assertThat(CustomerEvent.birthday(7, Instant.parse("2027-06-15T09:00:00Z"), ZoneOffset.UTC)
                    .getOccasionKey()).isEqualTo("birthday:2027");
        }

        @Test
        void birthdayYearIsTheYearInTheShopsZone() {
            Instant newYearsEveInUtc = Instant.parse("2026-12-31T22:00:00Z");

            assertThat(CustomerEvent.birthday(7, newYearsEveInUtc, ZoneOffset.UTC).getOccasionKey())
                    .isEqualTo("birthday:2026");
            assertThat(CustomerEvent.birthday(7, newYearsEveInUtc, ZoneId.of("Asia/Tehran")).getOccasionKey())
                    .isEqualTo("birthday:2027");
            assertThat(CustomerEvent.birthday(7, newYearsEveInUtc, ZoneId.of("America/New_York")).getOccasionKey())
                    .isEqualTo("birthday:2026");
        }

        @Test
        void reviewEarnsOncePerProduct() {
            assertThat(CustomerEvent.productReview(7, 1234, AT).getOccasionKey()).isEqualTo("review:1234");
            assertThat(CustomerEvent.productReview(7, 99, AT).getOccasionKey()).isEqualTo("review:99");
        }

        @Test
        void referralEarnsOncePerNewCustomerOnBothSides() {
            CustomerEvent referrer = CustomerEvent.referrerRewarded(7, 8, AT);
            CustomerEvent newCustomer = CustomerEvent.newCustomerReferred(8, AT);

            assertThat(referrer.getCustomerId()).isEqualTo(7);
            assertThat(referrer.getType()).isEqualTo(EventType.REFERRAL_REFERRER);
            assertThat(referrer.getOccasionKey()).isEqualTo("referral:8");
            assertThat(newCustomer.getCustomerId()).isEqualTo(8);
            assertThat(newCustomer.getType()).isEqualTo(EventType.REFERRAL_NEW_CUSTOMER);
            assertThat(newCustomer.getOccasionKey()).isEqualTo("referral:8");
        }

        @Test
        void refusesACustomerReferringThemselves() {
            assertThatThrownBy(() -> CustomerEvent.referrerRewarded(7, 7, AT))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("self_referral");
        }

        @Test
        void needsATime() {
            assertThatThrownBy(() -> CustomerEvent.signUp(7, null)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class Awards {

        private final EventRule signUp = new EventRule(1, "Welcome", EventType.SIGN_UP, 50);
        private final EventRule review = new EventRule(2, "Reviews", EventType.PRODUCT_REVIEW, 10);
        private final EventRule reviewWeek = new EventRule(3, "Review week", EventType.PRODUCT_REVIEW, 15)
                .withWindow(RuleWindow.between(AT, AT.plusSeconds(7 * 86400)));
        private final List<EventRule> rules = Arrays.asList(signUp, review, reviewWeek);

        @Test
        void awardsThePointsOfTheMatchingRule() {
            EventAward award = EventAward.forEvent(CustomerEvent.signUp(7, AT), rules).get();

            assertThat(award.getCustomerId()).isEqualTo(7);
            assertThat(award.getType()).isEqualTo(EventType.SIGN_UP);
            assertThat(award.getOccasionKey()).isEqualTo("signup");
            assertThat(award.getPoints()).isEqualTo(50);
            assertThat(award.getRuleIds()).containsExactly(1L);
        }

        @Test
        void addsUpEveryMatchingRule() {
            EventAward award = EventAward.forEvent(CustomerEvent.productReview(7, 55, AT), rules).get();

            assertThat(award.getPoints()).isEqualTo(25);
            assertThat(award.getRuleIds()).containsExactly(2L, 3L);
            assertThat(award.getOccasionKey()).isEqualTo("review:55");
        }

        @Test
        void ignoresRulesOutOfTheirWindow() {
            EventAward award = EventAward.forEvent(CustomerEvent.productReview(7, 55, AT.plusSeconds(7 * 86400)),
                    rules).get();

            assertThat(award.getPoints()).isEqualTo(10);
        }

        @Test
        void ignoresInactiveRules() {
            assertThat(EventAward.forEvent(CustomerEvent.signUp(7, AT), Arrays.asList(signUp.withActive(false))))
                    .isEmpty();
        }

        @Test
        void awardsNothingWithoutAMatchingRule() {
            Optional<EventAward> award = EventAward.forEvent(CustomerEvent.birthday(7, AT, ZoneOffset.UTC), rules);

            assertThat(award).isEmpty();
        }

        @Test
        void refusesPointsBeyondLong() {
            List<EventRule> huge = Arrays.asList(new EventRule(1, "Huge", EventType.SIGN_UP, Long.MAX_VALUE),
                    new EventRule(2, "More", EventType.SIGN_UP, 1));

            assertThatThrownBy(() -> EventAward.forEvent(CustomerEvent.signUp(7, AT), huge))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("points_out_of_range");
        }

        @Test
        void refusesRulesWithTheSameId() {
            List<EventRule> twice = Arrays.asList(signUp, new EventRule(1, "Again", EventType.BIRTHDAY, 5));

            assertThatThrownBy(() -> EventAward.forEvent(CustomerEvent.signUp(7, AT), twice))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void refusesANullRule() {
            assertThatThrownBy(() -> EventAward.forEvent(CustomerEvent.signUp(7, AT),
                    Collections.<EventRule>singletonList(null))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Rules {

        @Test
        void keepsWhatItIsGiven() {
            EventRule rule = new EventRule(4, " Birthday gift ", EventType.BIRTHDAY, 200);

            assertThat(rule.getId()).isEqualTo(4);
            assertThat(rule.getName()).isEqualTo("Birthday gift");
            assertThat(rule.getType()).isEqualTo(EventType.BIRTHDAY);
            assertThat(rule.getPoints()).isEqualTo(200);
            assertThat(rule.isActive()).isTrue();
            assertThat(rule.getWindow()).isEqualTo(RuleWindow.always());
        }

        @Test
        void appliesOnlyToItsEventType() {
            EventRule rule = new EventRule(4, "Birthday gift", EventType.BIRTHDAY, 200);

            assertThat(rule.appliesTo(CustomerEvent.birthday(7, AT, ZoneOffset.UTC))).isTrue();
            assertThat(rule.appliesTo(CustomerEvent.signUp(7, AT))).isFalse();
        }

        @Test
        void refusesZeroPoints() {
            assertThatThrownBy(() -> new EventRule(4, "Nothing", EventType.SIGN_UP, 0))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("invalid_rule");
        }

        @Test
        void refusesABlankName() {
            assertThatThrownBy(() -> new EventRule(4, "", EventType.SIGN_UP, 10))
                    .isInstanceOf(LoyaltyException.class)
                    .extracting("code").isEqualTo("invalid_rule");
        }
    }
}
