package io.loyaltyclub.credit;

/** What a store-credit entry did to the account. */
public enum CreditEntryType {
    /** Credit given (cash-back, goodwill, a reward); the entry is a lot that later spends consume. */
    ISSUE,
    /** Credit used (a partial payment at checkout); records the lots it took from. */
    SPEND,
    /** Credit of a spend given back (a refund, a checkout rolled back); refills the lots the spend took from. */
    REFUND,
    /** Credit of an issue taken back (a cancelled or returned order). */
    REVOKE,
    /** Pending credit of a lot became available (end of the return window). Moves credit, changes no total. */
    RELEASE,
    /** Credit that reached the end of its validity. */
    EXPIRE,
    /** An admin's correction, plus or minus, with a mandatory reason and the admin's name; a positive one is a lot. */
    ADJUST
}
