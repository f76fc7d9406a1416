package org.opensms.sms.cas;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opensms.cas.api.CasCommand;
import org.opensms.cas.api.CommandId;
import org.opensms.cas.api.MessageCommand;
import org.opensms.cas.api.Target;
import org.opensms.sms.cas.internal.CasCommandIssuer;
import org.opensms.sms.cas.internal.CasJournalRepository;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberService;

/**
 * Issues CAS commands. The command is queued through the CAS adapter's XA connection and journalled in
 * the caller's transaction: if the transaction rolls back, the CAS never hears of it and the journal
 * holds nothing. The connection factory is the adapter embedded in this EAR; its broker and CAS
 * settings come from the domain's {@code sms.cas.*} system properties (server-config/domain/02-cas.asadmin).
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
@ConnectionFactoryDefinition(name = CasCommandService.FACTORY, interfaceName = "org.opensms.cas.api.CasConnectionFactory",
        resourceAdapter = "#cas-rar", transactionSupport = TransactionSupport.TransactionSupportLevel.XATransaction,
        properties = {"brokerUser=sms", "brokerPassword=${sms.cas.brokerPassword}", "brokerPort=${sms.cas.brokerPort}",
                "casPort=${sms.cas.casPort}", "casPassword=${sms.cas.casPassword}", "dispatcherEnabled=true"})
public class CasCommandService {

    public static final String FACTORY = "java:app/cas/main";
    public static final int MAX_BATCH = 1000;

    @Inject
    CasCommandIssuer issuer;
    @Inject
    CasJournalRepository journal;
    @Inject
    SubscriberService subscribers;
    @Resource
    SessionContext session;

    /** Queues the command for the CAS and journals it, both in the caller's transaction. */
    public CommandId issue(CasCommand command, Surface via) {
        return issue(command, via, null);
    }

    /**
     * Queues the command for the CAS and journals it, both in the caller's transaction, naming the subscriber
     * (customer ID) it is issued for, or none (null).
     */
    public CommandId issue(CasCommand command, Surface via, String subscriber) {
        return issuer.issue(command, session.getCallerPrincipal().getName(), via, subscriber);
    }

    /**
     * Reads and row-locks these cards' expected state ahead, in one query per 1,000, for a batch of commands to them in
     * the caller's transaction (which then find it locked without a query).
     */
    public void lockExpected(Collection<String> cards) {
        issuer.lockExpected(cards);
    }

    /** Checks one request and issues it (errors name the plain field: kind, card, text). */
    public CommandId issue(CasCommandRequest request, Surface via) {
        CasCommand command = request.toCommand("");
        String subscriber = subscriberOf(request.subscriber(), "");
        checkReach(List.of(command));
        return issue(command, via, subscriber);
    }

    /**
     * Checks a message request (OSD, mail, fingerprint) and issues it; every bad field is named at once. A message to
     * every card or to everyone watching a service reaches the whole network: only an MSO administrator may send one.
     */
    public CommandId send(CasMessageRequest request, Surface via) {
        InputCheck check = new InputCheck();
        MessageCommand command = request.toCommand(check);
        String subscriber = null;
        try {
            subscriber = subscriberOf(request.subscriber(), "");
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(f -> check.add(f.field(), f.message()));
        }
        check.throwIfInvalid();
        checkReach(List.of(command));
        return issue(command, via, subscriber);
    }

    /** A message to every card, or to everyone watching a service (an ECM fingerprint). */
    static boolean reachesWholeNetwork(CasCommand command) {
        return command instanceof MessageCommand m && (m.target() instanceof Target.All || m.target() instanceof Target.Service);
    }

    /** Refuses, unless the caller is an MSO administrator, commands that reach every card or a service's viewers. */
    private void checkReach(List<? extends CasCommand> commands) {
        if (commands.stream().anyMatch(CasCommandService::reachesWholeNetwork) && !session.isCallerInRole(Roles.MSO_ADMIN)) {
            throw new BusinessException(ErrorCode.FORBIDDEN,
                    "only an MSO administrator may send a message to every card or to the viewers of a service");
        }
    }

    /**
     * Issues a batch, all or nothing: the requests are all checked first (errors name {@code commands[i].field}), then
     * issued in order in one transaction, so a bad request anywhere changes nothing and the CAS hears of none.
     */
    public List<CommandId> issueAll(List<CasCommandRequest> requests, Surface via) {
        if (requests == null || requests.isEmpty()) {
            throw new InvalidInputException("commands", "must hold at least one command");
        }
        if (requests.size() > MAX_BATCH) {
            throw new InvalidInputException("commands", "must hold at most " + MAX_BATCH + " commands, got " + requests.size());
        }
        List<CasCommand> commands = new ArrayList<>(requests.size());
        List<String> subscribers = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String prefix = "commands[" + i + "].";
            commands.add(requests.get(i).toCommand(prefix));
            subscribers.add(subscriberOf(requests.get(i).subscriber(), prefix));
        }
        checkReach(commands);
        return issuer.issueAll(commands, subscribers, session.getCallerPrincipal().getName(), via);
    }

    /** The customer ID a request names, checked to be a subscriber's; null when it names none. */
    private String subscriberOf(String id, String prefix) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (subscribers.findByCustomerId(id.strip()).isEmpty()) {
            throw new InvalidInputException(prefix + "subscriber", "no subscriber has customer ID '" + id.strip() + "'");
        }
        return id.strip();
    }

    /** The journal, newest first, narrowed by the filter; each command with its latest outcome. */
    public List<CasJournalLine> journal(CasJournalFilter filter, PageRequest page) {
        return journal.list(filter, page);
    }

    /** How many journal lines the filter matches. */
    public long journalCount(CasJournalFilter filter) {
        return journal.count(filter);
    }
}
