package org.opensms.sms.audit;

import java.time.Instant;

/**
 * What a verification found for one seal: the rows it covers as they are now against what was sealed.
 *
 * @param state     INTACT; CHANGED (same number of rows, other contents: a row was altered); ROWS_CHANGED (rows
 *                  were added to or removed from the sealed run); CHAIN_BROKEN (the seal does not follow the one before
 *                  it: a seal was altered or removed)
 * @param rowsNow   how many rows the run holds now
 */
public record SealCheck(SealedJournal journal, long firstId, long lastId, long rowsSealed, long rowsNow, Instant sealedAt,
                        State state) {

    public enum State { INTACT, CHANGED, ROWS_CHANGED, CHAIN_BROKEN }

    public boolean intact() {
        return state == State.INTACT;
    }
}
