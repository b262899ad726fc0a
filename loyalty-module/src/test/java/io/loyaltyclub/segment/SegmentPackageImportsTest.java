package io.loyaltyclub.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The segment conditions stay pure: their sources import the JDK and the club's own exception, nothing else. */
class SegmentPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/segment");
        assertThat(sources.files()).isGreaterThanOrEqualTo(5);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
