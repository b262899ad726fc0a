package io.loyaltyclub.program;

import io.loyaltyclub.ledger.LedgerSettings;
import io.loyaltyclub.ledger.ShortfallPolicy;

/** The ledger's settings, read from the program's settings each time the ledger asks. */
public class ProgramLedgerSettings implements LedgerSettings {

    private ProgramService program;

    @Override
    public ShortfallPolicy shortfallPolicy() {
        return program.settings().getShortfallPolicy();
    }

    @Override
    public int reversalGraceDays() {
        return program.settings().getReversalGraceDays();
    }

    @Override
    public java.time.ZoneId shopZone() {
        return program.settings().zone();
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }
}
