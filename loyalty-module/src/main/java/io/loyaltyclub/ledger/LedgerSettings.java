package io.loyaltyclub.ledger;

/** The program settings the ledger follows, read when it needs them (an admin may change them at any time). */
public interface LedgerSettings {

    /** What a reversal does with points the member already spent. */
    ShortfallPolicy shortfallPolicy();

    /** Days that points given back to lots which expired meanwhile stay valid. */
    int reversalGraceDays();

    /** The shop's time zone, whose days the expiry dates follow. */
    java.time.ZoneId shopZone();
}
