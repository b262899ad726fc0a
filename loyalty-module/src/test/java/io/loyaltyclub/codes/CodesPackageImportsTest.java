package io.loyaltyclub.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The code generator and the guessing guard stay pure: the JDK and the club's own exception only. */
class CodesPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/codes");
        assertThat(sources.files()).isGreaterThanOrEqualTo(2);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
