package org.opensms.cas.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/**
 * The connection factory the application looks up or injects (Jakarta Connectors 2.1, section 6.5.1: the
 * connection factory of the connection-management contract; {@code Serializable} and {@code Referenceable}
 * so the server can bind it in JNDI, section 6.5.1.1).
 *
 * <p>Declare it in the application, e.g.
 * <pre>
 * &#64;ConnectionFactoryDefinition(name = "java:app/cas/main", interfaceName = "org.opensms.cas.api.CasConnectionFactory",
 *     resourceAdapter = "#cas-rar", transactionSupport = TransactionSupportLevel.XATransaction,
 *     properties = {"brokerPassword=...", "casHost=..."})
 * </pre>
 * and use one connection per unit of work:
 * <pre>
 * try (CasConnection cas = factory.getConnection()) {
 *     cas.activate(card, origin);
 * }
 * </pre>
 */
public interface CasConnectionFactory extends Serializable, Referenceable {

    /**
     * A connection handle (section 6.5.3: the application's view of a managed connection). Inside a JTA
     * transaction the connection is enlisted in it: what it issues is sent only if the transaction commits.
     *
     * @throws ResourceException when no connection can be had (e.g. the broker is unreachable)
     */
    CasConnection getConnection() throws ResourceException;
}
