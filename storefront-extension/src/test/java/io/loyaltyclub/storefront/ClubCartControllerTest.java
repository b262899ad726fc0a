package io.loyaltyclub.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import io.loyaltyclub.LoyaltyException;

class ClubCartControllerTest {

    @Test
    void aFormOnlyReturnsToTheCartOrTheCheckout() {
        assertThat(ClubCartController.returnPath("checkout")).isEqualTo("/checkout");
        assertThat(ClubCartController.returnPath("cart")).isEqualTo("/cart");
        assertThat(ClubCartController.returnPath("https://elsewhere.example/")).isEqualTo("/cart");
        assertThat(ClubCartController.returnPath(null)).isEqualTo("/cart");
    }

    @Test
    void pointsAreAWholeNumberInAnyScript() {
        assertThat(ClubCartController.wholePoints(" 500 ")).isEqualTo(500L);
        assertThat(ClubCartController.wholePoints("\u06f5\u06f0\u06f0")).isEqualTo(500L);
        assertThat(ClubCartController.wholePoints("\u0665\u0660\u0660")).isEqualTo(500L);
        for (String bad : new String[] {"", "-5", "1.5", "five", "1e3", "9999999999999999"}) {
            assertThatThrownBy(() -> ClubCartController.wholePoints(bad)).as(bad)
                    .isInstanceOf(LoyaltyException.class).hasFieldOrPropertyWithValue("code", "invalid_points");
        }
        assertThatThrownBy(() -> ClubCartController.wholePoints(null)).isInstanceOf(LoyaltyException.class);
    }

    @Test
    void anAmountMayUsePersianDigitsAndDecimalSeparator() {
        assertThat(ClubCartController.decimal("12.50")).isEqualByComparingTo("12.50");
        assertThat(ClubCartController.decimal("\u06f1\u06f2\u066b\u06f5")).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThatThrownBy(() -> ClubCartController.decimal("12,50")).isInstanceOf(LoyaltyException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_amount");
    }

    @Test
    void aRefusalReadsInTheShoppersLanguageOrFallsBackToItsOwnMessage() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("loyalty.error.insufficient_points", Locale.ENGLISH, "You do not have that many points.");
        source.addMessage("loyalty.error.insufficient_points", new Locale("fa"), "\u0627\u06cc\u0646 \u062a\u0639\u062f\u0627\u062f");
        ClubMessages messages = new ClubMessages(source);
        LoyaltyException refused = new LoyaltyException("insufficient_points", "you have 3 points available");
        assertThat(messages.refusal(refused, Locale.ENGLISH)).isEqualTo("You do not have that many points.");
        assertThat(messages.refusal(refused, new Locale("fa"))).startsWith("\u0627\u06cc\u0646");
        assertThat(messages.refusal(new LoyaltyException("brand_new_code", "Something new."), Locale.ENGLISH))
                .isEqualTo("Something new.");
    }
}
