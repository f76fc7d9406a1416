package org.opensms.cas.adapter.driver;

import java.util.concurrent.CompletionStage;
import org.opensms.cas.adapter.CasSettings;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;

/**
 * The pluggable driver SPI: how the adapter talks to one CAS. {@link ReferenceCasDriver} speaks the OpenSMS
 * CAS protocol; a vendor's CAS gets its own implementation (public no-argument constructor, named by the
 * {@code driverClassName} property). Implementations are thread-safe, connect lazily and reconnect by
 * themselves, and never block in {@link #send} for longer than a connect attempt.
 *
 * <p>Contract the dispatcher relies on: the CAS applies a command id at most once (it answers a repeated id
 * with the original outcome), and commands sent on one driver are applied in the order {@link #send} was
 * called for them.
 */
public interface CasDriver extends AutoCloseable {

    /** Called once before use, with the configuration. Must not require the CAS to be reachable. */
    void init(CasSettings settings);

    /**
     * Sends a command. The stage completes with the CAS's reply, or exceptionally when the outcome is unknown
     * (CAS unreachable, connection lost before the reply): the dispatcher then retries with the same id.
     */
    CompletionStage<CasReply> send(CommandId id, CasCommand command);

    /**
     * Reads a card's state synchronously.
     *
     * @throws Exception when the CAS cannot be reached or does not answer in time
     */
    CardState query(CardNumber card) throws Exception;

    /** Releases connections. */
    @Override
    void close();

    /** Instantiates the configured driver class (through this class's loader, i.e. the RAR's). */
    static CasDriver create(CasSettings settings) {
        try {
            Class<?> c = Class.forName(settings.driverClassName(), true, CasDriver.class.getClassLoader());
            CasDriver d = (CasDriver) c.getDeclaredConstructor().newInstance();
            d.init(settings);
            return d;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot create CAS driver " + settings.driverClassName() + ": " + e, e);
        }
    }
}
