package io.loyaltyclub.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureImports;

/** The segment conditions stay pure: their sources import the JDK and the club's own exception, nothing else. */
class SegmentPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureImports imports = PureImports.of("segment");
        assertThat(imports.files()).isGreaterThanOrEqualTo(5);
        assertThat(imports.offending()).isEmpty();
    }
}
