package io.loyaltyclub.credit.cashback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.testing.PureSources;

/** The cash-back rules stay pure: their sources import the JDK and the club's own exception, nothing else. */
class CashBackPackageImportsTest {

    @Test
    void importsOnlyTheJdk() throws IOException {
        PureSources sources = PureSources.of("io/loyaltyclub/credit/cashback");
        assertThat(sources.files()).isGreaterThanOrEqualTo(5);
        assertThat(sources.foreignImports()).isEmpty();
    }
}
