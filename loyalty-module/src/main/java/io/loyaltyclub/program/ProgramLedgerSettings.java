package io.loyaltyclub.program;

import io.loyaltyclub.ledger.LedgerSettings;
import io.loyaltyclub.ledger.ShortfallPolicy;

/** The ledger's settings, read from the program's settings each time the ledger asks. */
public class ProgramLedgerSettings implements LedgerSettings {

    private ProgramService program;

    @Override
    public ShortfallPolicy shortfallPolicy() {
        return RequestMemo.settings(program).getShortfallPolicy();
    }

    @Override
    public int reversalGraceDays() {
        return RequestMemo.settings(program).getReversalGraceDays();
    }

    @Override
    public java.time.ZoneId shopZone() {
        return RequestMemo.settings(program).zone();
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
