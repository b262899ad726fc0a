package io.loyaltyclub.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The ladder stays pure: its sources import the JDK and the club's own exception, nothing else. */
class TierPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/tier");
        assertThat(sources.files()).isGreaterThanOrEqualTo(6);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
