package io.loyaltyclub.credit;

/** The program settings the credit ledger follows, read when it needs them (an admin may change them at any time). */
public interface CreditSettings {

    /** Days that credit given back to lots which expired meanwhile stays valid. */
    int reversalGraceDays();
}
