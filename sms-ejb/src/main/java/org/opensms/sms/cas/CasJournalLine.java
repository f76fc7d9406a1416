package org.opensms.sms.cas;

/** A journal line for lists: the command and its latest outcome (null while the CAS has not answered: PENDING). */
public record CasJournalLine(CasCommandEntry command, CasCommandOutcome outcome) {

    public String getState() {
        return outcome == null ? "PENDING" : outcome.getOutcome();
    }
}
