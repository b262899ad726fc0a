package io.loyaltyclub.program;

import io.loyaltyclub.credit.CreditSettings;

/** The credit ledger's settings, read from the program's settings each time the ledger asks. */
public class ProgramCreditSettings implements CreditSettings {

    private ProgramService program;

    @Override
    public int reversalGraceDays() {
        return RequestMemo.settings(program).getReversalGraceDays();
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
