package org.opensms.sms.shared.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.sessions.Session;

/**
 * Searches whose best plan depends on their values (a name prefix that matches ten rows or a hundred thousand) are sent
 * to PostgreSQL with their values written into the SQL, so that it plans each with its values. Everything else is sent
 * with bound parameters, prepared once on the server and run on a generic plan (the pool's driver default): that saves
 * PostgreSQL parsing and planning every statement, but a generic plan cannot use the prefix indexes for
 * {@code name LIKE ?} (it walked the sort index instead: seconds for some names at 1,000,000 subscribers; sms-bench).
 * The values are written as EclipseLink's SQL literals (quotes doubled); H2 and Oracle keep bound parameters.
 */
public final class PlannedWithValues {

    private PlannedWithValues() {
    }

    /** The query, sent with its values on PostgreSQL. */
    public static <T> TypedQuery<T> on(EntityManager em, TypedQuery<T> query) {
        if (em.unwrap(Session.class).getPlatform().isPostgreSQL()) {
            query.setHint(QueryHints.BIND_PARAMETERS, HintValues.FALSE);
        }
        return query;
    }
}
