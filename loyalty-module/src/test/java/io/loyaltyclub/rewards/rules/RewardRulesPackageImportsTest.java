package io.loyaltyclub.rewards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The rewards' rules (availability, budgets, punch cards) stay pure: the JDK and the club's own exception only. */
class RewardRulesPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/rewards/rules");
        assertThat(sources.files()).isGreaterThanOrEqualTo(3);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
