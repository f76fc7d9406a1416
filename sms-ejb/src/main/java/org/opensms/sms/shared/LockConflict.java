package org.opensms.sms.shared;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;

/**
 * Tells a lock conflict from other failures: another transaction held the same rows, the request was rolled back
 * whole, and sending it again is the right answer (every surface answers {@link ErrorCode#BUSY}).
 */
public final class LockConflict {

    private LockConflict() {
    }

    /**
     * A lock wait that timed out, a deadlock or a serialization failure anywhere in the cause chain: SQLSTATE 40001
     * (serialization), 40P01 (PostgreSQL deadlock), HYT00 (timeout), H2's 90131 (concurrent update), Oracle's
     * ORA-00060 (deadlock), or JPA's lock exceptions.
     */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state) || sql.getErrorCode() == 90131
                        || sql.getErrorCode() == 60) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The BUSY refusal every surface gives for a lock conflict. */
    public static BusinessException busy() {
        return new BusinessException(ErrorCode.BUSY, "another transaction was changing the same records (for example"
                + " the same cards); nothing was changed; try again");
    }
}
