package io.loyaltyclub.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ClubOrderSnapshotTest {

    @Test
    void keepsWhatItWasGiven() {
        ClubOrderSnapshot snapshot = new ClubOrderSnapshot(7L, 9L, "EUR", new BigDecimal("19.90"), 3);

        assertThat(snapshot.getOrderId()).isEqualTo(7L);
        assertThat(snapshot.getCustomerId()).isEqualTo(9L);
        assertThat(snapshot.getCurrencyCode()).isEqualTo("EUR");
        assertThat(snapshot.getSubtotal()).isEqualByComparingTo("19.90");
        assertThat(snapshot.getItemQuantity()).isEqualTo(3);
    }

    @Test
    void refusesWhatNoOrderCanHave() {
        BigDecimal ten = BigDecimal.TEN;
        assertThatThrownBy(() -> new ClubOrderSnapshot(1, 1, "usd", ten, 1)).hasMessageContaining("currency");
        assertThatThrownBy(() -> new ClubOrderSnapshot(1, 1, null, ten, 1)).hasMessageContaining("currency");
        assertThatThrownBy(() -> new ClubOrderSnapshot(1, 1, "USD", new BigDecimal("-0.01"), 1)).hasMessageContaining("subtotal");
        assertThatThrownBy(() -> new ClubOrderSnapshot(1, 1, "USD", null, 1)).hasMessageContaining("subtotal");
        assertThatThrownBy(() -> new ClubOrderSnapshot(1, 1, "USD", ten, -1)).hasMessageContaining("quantity");
    }
}
