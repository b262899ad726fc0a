package io.loyaltyclub.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.earning.EventRule;
import io.loyaltyclub.earning.EventType;
import io.loyaltyclub.earning.RuleWindow;

class ClubExpressionTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Test
    void theJoinBonusIsWhatTheSignUpRulesGiveNow() {
        EventRule standing = new EventRule(1, "Welcome", EventType.SIGN_UP, 50);
        EventRule campaign = new EventRule(2, "June double", EventType.SIGN_UP, 50)
                .withWindow(RuleWindow.between(Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z")));
        EventRule paused = new EventRule(3, "Paused", EventType.SIGN_UP, 500).withActive(false);
        EventRule birthday = new EventRule(4, "Birthday", EventType.BIRTHDAY, 200);
        assertThat(ClubExpression.signUpBonus(Arrays.asList(standing, campaign, paused, birthday), NOW)).isEqualTo(100);
        assertThat(ClubExpression.signUpBonus(Arrays.asList(standing, campaign), Instant.parse("2026-07-02T00:00:00Z")))
                .isEqualTo(50);
        assertThat(ClubExpression.signUpBonus(Collections.<EventRule>emptyList(), NOW)).isZero();
    }

    @Test
    void rightToLeftLanguagesReadRightToLeft() {
        assertThat(ClubExpression.direction(new Locale("fa"))).isEqualTo("rtl");
        assertThat(ClubExpression.direction(new Locale("ar", "EG"))).isEqualTo("rtl");
        assertThat(ClubExpression.direction(new Locale("he"))).isEqualTo("rtl");
        assertThat(ClubExpression.direction(Locale.US)).isEqualTo("ltr");
        assertThat(ClubExpression.direction(null)).isEqualTo("ltr");
    }
}
