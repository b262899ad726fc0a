package io.loyaltyclub.earning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureImports;

/** The earning rules stay pure: their sources import the JDK and the club's own exception, nothing else. */
class EarningPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureImports imports = PureImports.of("earning");
        assertThat(imports.files()).isGreaterThan(10);
        assertThat(imports.offending()).isEmpty();
    }
}
