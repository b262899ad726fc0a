package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.SelfReferralCheck.SharedTrait;

class SelfReferralCheckTest {

    private static final ReferralIdentity ANNA = new ReferralIdentity(1, "anna.berg@example.com",
            "Main Street 5, 10115 Berlin, DE", "fp_card_AAA");
    private static final ReferralIdentity BEN = new ReferralIdentity(2, "ben@example.org", "Elm Road 9, Leeds, GB",
            "fp_card_BBB");

    private static ReferralIdentity newCustomer(String email, String address, String fingerprint) {
        return new ReferralIdentity(2, email, address, fingerprint);
    }

    @Nested
    class Referrals {

        @Test
        void letsAGenuineReferralPass() {
            assertThat(SelfReferralCheck.sharedTraits(ANNA, BEN)).isEmpty();
            assertThatCode(() -> SelfReferralCheck.refuseSelfReferral(ANNA, BEN)).doesNotThrowAnyException();
        }

        @Test
        void refusesTheSameCustomer() {
            ReferralIdentity annaAgain = new ReferralIdentity(1, null, null, null);

            assertThat(SelfReferralCheck.sharedTraits(ANNA, annaAgain)).containsExactly(SharedTrait.SAME_CUSTOMER);
        }

        @Test
        void refusesTheSameEmailWrittenDifferently() {
            ReferralIdentity ben = newCustomer("  Anna.Berg+friends@Example.COM ", null, null);

            assertThat(SelfReferralCheck.sharedTraits(ANNA, ben)).containsExactly(SharedTrait.EMAIL);
        }

        @Test
        void refusesAGmailAddressWithDotsMoved() {
            ReferralIdentity referrer = new ReferralIdentity(1, "anna.berg@gmail.com", null, null);

            assertThat(SelfReferralCheck.sharedTraits(referrer, newCustomer("a.n.n.a.b.e.r.g+x@googlemail.com",
                    null, null))).containsExactly(SharedTrait.EMAIL);
        }

        @Test
        void refusesTheSameShippingAddressWrittenDifferently() {
            ReferralIdentity ben = newCustomer("ben@example.org", "main street 5 -- 10115  BERLIN (DE)", null);

            assertThat(SelfReferralCheck.sharedTraits(ANNA, ben)).containsExactly(SharedTrait.SHIPPING_ADDRESS);
        }

        @Test
        void refusesTheSamePaymentFingerprint() {
            ReferralIdentity ben = newCustomer("ben@example.org", null, " fp_card_AAA ");

            assertThat(SelfReferralCheck.sharedTraits(ANNA, ben)).containsExactly(SharedTrait.PAYMENT_FINGERPRINT);
        }

        @Test
        void comparesPaymentFingerprintsCaseSensitively() {
            ReferralIdentity ben = newCustomer("ben@example.org", null, "FP_CARD_AAA");

            assertThat(SelfReferralCheck.sharedTraits(ANNA, ben)).isEmpty();
        }

        @Test
        void namesEveryTraitShared() {
            ReferralIdentity copy = new ReferralIdentity(1, ANNA.getEmail(), ANNA.getShippingAddress(),
                    ANNA.getPaymentFingerprint());

            assertThat(SelfReferralCheck.sharedTraits(ANNA, copy)).containsExactly(SharedTrait.SAME_CUSTOMER,
                    SharedTrait.EMAIL, SharedTrait.SHIPPING_ADDRESS, SharedTrait.PAYMENT_FINGERPRINT);
        }

        @Test
        void neverMatchesOnMissingValues() {
            ReferralIdentity blankReferrer = new ReferralIdentity(1, " ", "", null);
            ReferralIdentity blankNewCustomer = new ReferralIdentity(2, " ", " , ", "  ");

            assertThat(SelfReferralCheck.sharedTraits(blankReferrer, blankNewCustomer)).isEmpty();
        }

        @Test
        void refusesWithAStableCodeAndNoPersonalData() {
            ReferralIdentity ben = newCustomer("anna.berg@example.com", null, null);

            assertThatThrownBy(() -> SelfReferralCheck.refuseSelfReferral(ANNA, ben))
                    .isInstanceOf(LoyaltyException.class)
                    .hasMessageContaining("EMAIL")
                    .hasMessageNotContaining("anna.berg")
                    .extracting("code").isEqualTo("self_referral");
        }
    }

    @Nested
    class Emails {

        @Test
        void lowerCasesAndTrims() {
            assertThat(SelfReferralCheck.normalizeEmail("  Ben@Example.ORG ")).isEqualTo("ben@example.org");
        }

        @Test
        void dropsThePlusTag() {
            assertThat(SelfReferralCheck.normalizeEmail("ben+shop+2@example.org")).isEqualTo("ben@example.org");
        }

        @Test
        void keepsDotsOutsideGmail() {
            assertThat(SelfReferralCheck.normalizeEmail("b.e.n@example.org")).isEqualTo("b.e.n@example.org");
        }

        @Test
        void dropsDotsForGmailAndGooglemail() {
            assertThat(SelfReferralCheck.normalizeEmail("B.e.n@gmail.com")).isEqualTo("ben@gmail.com");
            assertThat(SelfReferralCheck.normalizeEmail("b.en+x@googlemail.com")).isEqualTo("ben@gmail.com");
        }

        @Test
        void keepsTheDotsOfTheDomain() {
            assertThat(SelfReferralCheck.normalizeEmail("ben@mail.example.org")).isEqualTo("ben@mail.example.org");
        }

        @Test
        void leavesSomethingThatIsNotAnAddressAsItIs() {
            assertThat(SelfReferralCheck.normalizeEmail("Not An Address")).isEqualTo("not an address");
            assertThat(SelfReferralCheck.normalizeEmail("+tag@example.org")).isEqualTo("+tag@example.org");
        }

        @Test
        void treatsBlankAsUnknown() {
            assertThat(SelfReferralCheck.normalizeEmail(null)).isNull();
            assertThat(SelfReferralCheck.normalizeEmail("   ")).isNull();
        }
    }

    @Nested
    class Addresses {

        @Test
        void ignoresCasePunctuationAndSpacing() {
            assertThat(SelfReferralCheck.normalizeAddress("  Main St. 5,\n10115   Berlin "))
                    .isEqualTo("main st 5 10115 berlin");
        }

        @Test
        void ignoresAccents() {
            assertThat(SelfReferralCheck.normalizeAddress("Müllerstraße 3, Zürich"))
                    .isEqualTo(SelfReferralCheck.normalizeAddress("Mullerstraße 3 Zurich"));
        }

        @Test
        void keepsLettersOfOtherScripts() {
            assertThat(SelfReferralCheck.normalizeAddress("تهران، خیابان ولیعصر، پلاک ۱۲"))
                    .isEqualTo("تهران خیابان ولیعصر پلاک ۱۲");
        }

        @Test
        void treatsAnAddressWithoutLettersOrDigitsAsUnknown() {
            assertThat(SelfReferralCheck.normalizeAddress(" - , ")).isNull();
            assertThat(SelfReferralCheck.normalizeAddress(null)).isNull();
        }
    }
}
