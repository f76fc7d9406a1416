/**
 * The typed API through which the application issues CAS commands: connection factory, connection and
 * value types. This jar lives in the EAR's {@code lib/} so that the EJB module and the embedded resource
 * adapter see the same classes. The command set arrives with the CAS issue; today it holds the
 * adapter's identity so the EAR proves the embedding.
 */
package org.opensms.cas.api;
