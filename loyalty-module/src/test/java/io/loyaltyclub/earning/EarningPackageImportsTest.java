package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The earning rules stay pure: their sources import the JDK and the club's own exception, nothing else. */
class EarningPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/earning");
        assertThat(sources.files()).isGreaterThan(10);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
