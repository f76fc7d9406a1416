package org.opensms.cas.adapter.driver;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.cas.adapter.CasSettings;
import org.opensms.cas.api.AddEntitlement;
import org.opensms.cas.api.CardNumber;
import org.opensms.cas.api.CardState;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CasProductId;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.Entitlement;
import org.opensms.cas.api.GroupId;
import org.opensms.cas.api.StbSerial;
import org.opensms.cas.api.Target;
import org.opensms.cas.protocol.CasAck;
import org.opensms.cas.protocol.CasClient;
import org.opensms.cas.protocol.CasClientConfig;
import org.opensms.cas.protocol.CasConnectionException;
import org.opensms.cas.protocol.OsdPosition;
import org.opensms.cas.protocol.QueryCard;

/**
 * The driver for CASes that speak the OpenSMS CAS protocol (cas-protocol/PROTOCOL.md), over one pipelined
 * {@link CasClient} connection, opened on first use and re-opened after it fails. Connect attempts are spaced
 * at least 200 ms apart so that a burst of retries meets a fast failure instead of a connect storm.
 */
public class ReferenceCasDriver implements CasDriver {

    private static final Logger LOG = Logger.getLogger(ReferenceCasDriver.class.getName());
    private static final long MIN_CONNECT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private CasClientConfig config;
    private long timeoutMillis;
    private CasClient client;
    private long lastFailedConnect;
    private IOException lastConnectError;
    private boolean closed;

    @Override
    public void init(CasSettings s) {
        Duration t = Duration.ofMillis(s.casTimeoutMillis());
        config = CasClientConfig.of(s.casHost(), s.casPort(), s.casUser(), s.casPassword())
                .withClientName(s.casClientName()).withTimeouts(t, t);
        timeoutMillis = s.casTimeoutMillis();
    }

    @Override
    public CompletionStage<CasReply> send(CommandId id, CasCommand command) {
        CasClient c;
        try {
            c = client();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return c.send(toWire(id.value(), command)).thenApply(ReferenceCasDriver::reply);
    }

    @Override
    public CardState query(CardNumber card) throws Exception {
        CasAck ack = client().send(new QueryCard(card.value())).get(timeoutMillis, TimeUnit.MILLISECONDS);
        if (!ack.accepted()) {
            throw new IOException("CAS rejected QUERY_CARD " + card + ": " + ack.code() + " " + ack.reason());
        }
        org.opensms.cas.protocol.CardState s = ack.card();
        if (s == null) {
            throw new IOException("CAS answered QUERY_CARD " + card + " without card state");
        }
        List<Entitlement> ents = new ArrayList<>();
        for (org.opensms.cas.protocol.Entitlement e : s.entitlements()) {
            ents.add(new Entitlement(new CasProductId(e.productId()), e.start(), e.end()));
        }
        return new CardState(card, s.known(), s.active(), s.blacklisted(),
                s.stbSerial() == null ? null : new StbSerial(s.stbSerial()),
                s.groupId() == null ? null : new GroupId(s.groupId()), ents);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private synchronized CasClient client() throws IOException {
        if (closed) {
            throw new CasConnectionException("CAS driver closed");
        }
        if (client != null && client.isOpen()) {
            return client;
        }
        if (lastConnectError != null && System.nanoTime() - lastFailedConnect < MIN_CONNECT_INTERVAL_NANOS) {
            throw lastConnectError;
        }
        try {
            client = CasClient.connect(config);
            if (lastConnectError != null) {
                LOG.info("Connected to CAS " + config.host() + ":" + config.port() + " again");
            }
            lastConnectError = null;
            return client;
        } catch (IOException e) {
            if (lastConnectError == null) {
                LOG.log(Level.WARNING, "CAS " + config.host() + ":" + config.port() + " unreachable: " + e.getMessage()
                        + "; commands wait and are retried");
            }
            lastConnectError = e;
            lastFailedConnect = System.nanoTime();
            throw e;
        }
    }

    private static CasReply reply(CasAck a) {
        return new CasReply(a.accepted(), a.code(), a.reason(), a.duplicate());
    }

    /** The protocol command for an API command. */
    static org.opensms.cas.protocol.CasCommand toWire(String id, CasCommand c) {
        if (c instanceof org.opensms.cas.api.ActivateCard x) {
            return new org.opensms.cas.protocol.ActivateCard(id, x.card().value());
        } else if (c instanceof org.opensms.cas.api.DeactivateCard x) {
            return new org.opensms.cas.protocol.DeactivateCard(id, x.card().value());
        } else if (c instanceof org.opensms.cas.api.PairStb x) {
            return new org.opensms.cas.protocol.PairStb(id, x.card().value(), x.stb().value());
        } else if (c instanceof org.opensms.cas.api.UnpairStb x) {
            return new org.opensms.cas.protocol.UnpairStb(id, x.card().value(), x.stb().value());
        } else if (c instanceof AddEntitlement x) {
            return new org.opensms.cas.protocol.AddEntitlement(id, x.card().value(), x.product().value(), x.start(),
                    x.end());
        } else if (c instanceof org.opensms.cas.api.CancelEntitlement x) {
            return new org.opensms.cas.protocol.CancelEntitlement(id, x.card().value(), x.product().value());
        } else if (c instanceof org.opensms.cas.api.CancelAllEntitlements x) {
            return new org.opensms.cas.protocol.CancelAllEntitlements(id, x.card().value());
        } else if (c instanceof org.opensms.cas.api.BlacklistCard x) {
            return new org.opensms.cas.protocol.BlacklistCard(id, x.card().value());
        } else if (c instanceof org.opensms.cas.api.UnblacklistCard x) {
            return new org.opensms.cas.protocol.UnblacklistCard(id, x.card().value());
        } else if (c instanceof org.opensms.cas.api.AssignGroup x) {
            return new org.opensms.cas.protocol.AssignGroup(id, x.card().value(), x.group().value());
        } else if (c instanceof org.opensms.cas.api.SendOsd x) {
            return new org.opensms.cas.protocol.SendOsd(id, target(x.target()), x.text(),
                    OsdPosition.valueOf(x.position().name()), x.durationSeconds(), x.repetitions(), x.forced());
        } else if (c instanceof org.opensms.cas.api.SendMail x) {
            return new org.opensms.cas.protocol.SendMail(id, target(x.target()), x.subject(), x.body());
        } else if (c instanceof org.opensms.cas.api.Fingerprint x) {
            return new org.opensms.cas.protocol.Fingerprint(id, target(x.target()),
                    org.opensms.cas.protocol.Fingerprint.Mode.valueOf(x.mode().name()), x.x(), x.y(), x.fontSize(),
                    x.foreground().hex(), x.background().hex(), x.durationSeconds(), x.showStbNumber(),
                    x.showCardNumber(), x.message());
        }
        throw new IllegalArgumentException("unknown command " + c);
    }

    private static org.opensms.cas.protocol.Target target(Target t) {
        return org.opensms.cas.protocol.Target.parse("target", t.wireForm());
    }

}
