package io.loyaltyclub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSignatureIsHmacSha256OverTimestampAndBody() {
        // The well-known HMAC-SHA256 test value for key "key" and this sentence.
        assertThat(WebhookSignature.hmac("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        String header = WebhookSignature.header("secret-of-sixteen", 1700000000L, "{\"a\":1}");
        assertThat(header).startsWith("t=1700000000,v1=").hasSize("t=1700000000,v1=".length() + 64);
    }

    @Test
    void aReceiverVerifiesTheBodyItGotAndNothingElse() {
        String header = WebhookSignature.header("secret-of-sixteen", 1700000000L, "{\"a\":1}");
        assertThat(WebhookSignature.verify("secret-of-sixteen", header, "{\"a\":1}")).isTrue();
        assertThat(WebhookSignature.verify("secret-of-sixteen", header, "{\"a\":2}")).isFalse();
        assertThat(WebhookSignature.verify("another-secret-16", header, "{\"a\":1}")).isFalse();
        assertThat(WebhookSignature.verify("secret-of-sixteen", header.replace("t=1700000000", "t=1700000001"), "{\"a\":1}"))
                .as("the timestamp is signed too").isFalse();
        assertThat(WebhookSignature.verify("secret-of-sixteen", null, "{}")).isFalse();
        assertThat(WebhookSignature.verify("secret-of-sixteen", "v1=abc", "{}")).isFalse();
    }
}
