/**
 * The typed API through which the application issues CAS commands and receives their outcomes: the connection
 * factory and connection (outbound, Jakarta Connectors 2.1 chapter 6), the command set as validated value types,
 * and the inbound listener {@link org.opensms.cas.api.CasEventListener} (chapter 13). This jar lives in the
 * EAR's {@code lib/} so that the EJB module and the embedded resource adapter see the same classes. It depends
 * on Jakarta APIs only.
 */
package org.opensms.cas.api;
