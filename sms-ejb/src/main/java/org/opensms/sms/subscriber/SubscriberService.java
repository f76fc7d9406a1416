package org.opensms.sms.subscriber;

import org.opensms.sms.shared.BusinessCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberLifecycle.Operation;
import org.opensms.sms.subscriber.internal.LcoLookup;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/**
 * Registration, change, life cycle and look-up of subscribers. Each call is one transaction. Every change is
 * recorded in the subscriber's append-only history ({@link SubscriberChange}: field, old and new value, who, when,
 * surface, reason), the registration included. Status changes follow {@link SubscriberLifecycle} and fire
 * {@link SubscriberStatusChanged} in the same transaction (the hook for the CAS side). A deactivated subscriber is
 * read-only.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class SubscriberService {

    @Inject
    SubscriberRepository repository;
    @Inject
    CustomerIdScheme customerIds;
    @Inject
    ContractNumberScheme contractNumbers;
    @Inject
    LcoLookup lcos;
    @Inject
    Clock clock;
    @Inject
    Event<SubscriberStatusChanged> statusChanged;
    @Resource
    SessionContext session;

    /** Who is calling; its name goes into the history. */
    String caller() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * Registers a subscriber and gives it the next customer ID (and a contract number when none is given).
     * Refuses, storing nothing, when any field is bad (all bad fields are named, an unknown LCO code too) or the
     * mobile or contract number already belongs to a subscriber. The registration is the history's first line.
     */
    public Subscriber register(SubscriberRegistration registration, Surface via) {
        Instant now = clock.instant();
        String by = caller();
        Subscriber subscriber = registration.toSubscriber(now, by, via, lcos::idOf);
        String mobile = subscriber.getMobile().digits();
        repository.findByMobile(mobile).ifPresent(existing -> {
            throw duplicateMobile(existing.getCustomerId());
        });
        if (subscriber.getContractNumber() != null) {
            repository.findByContractNumber(subscriber.getContractNumber()).ifPresent(existing -> {
                throw duplicateContract(existing.getCustomerId());
            });
        }
        repository.add(subscriber);
        subscriber.assignCustomerId(customerIds.forNumber(subscriber.getId()));
        if (subscriber.getContractNumber() == null) {
            String generated = contractNumbers.forNumber(subscriber.getId());
            repository.findByContractNumber(generated).ifPresent(existing -> {
                throw new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("contractNumber",
                        "the generated contract number " + generated + " was already given by hand to subscriber "
                                + existing.getCustomerId() + "; give a contract number")));
            });
            subscriber.assignContractNumber(generated);
        }
        flush(subscriber);
        repository.addChange(new SubscriberChange(subscriber.getId(), SubscriberChange.STATUS, null,
                SubscriberStatus.REGISTERED.name(), "registered with contract number " + subscriber.getContractNumber(),
                by, via, now));
        return subscriber;
    }

    /**
     * Changes the fields set in {@code changes}, if the caller read the current version (else CONFLICT: someone
     * changed the subscriber since). Every bad field is named at once; a mobile number of another subscriber is a
     * DUPLICATE; a deactivated subscriber is a CONFLICT. Each field that really changes gets its history line;
     * a request that changes nothing stores nothing and keeps the version.
     */
    public Subscriber update(String customerId, SubscriberChanges changes, Surface via) {
        if (changes == null) {
            throw new org.opensms.sms.shared.InvalidInputException("changes", "are required");
        }
        Subscriber s = getByCustomerId(customerId);
        refuseIfDeactivated(s);
        if (changes.expectedVersion() == null) {
            throw new org.opensms.sms.shared.InvalidInputException("version",
                    "is required: send the version you read (current version " + s.getVersion() + ")");
        }
        if (changes.expectedVersion() != s.getVersion()) {
            throw stale(s.getCustomerId(), changes.expectedVersion(), s.getVersion());
        }
        Instant now = clock.instant();
        List<SubscriberChanges.FieldChange> applied = changes.applyTo(s, BusinessCalendar.dayOf(now),
                lcos::idOf, id -> lcos.codeOf(id).orElse(String.valueOf(id)));
        if (applied.isEmpty()) {
            return s;
        }
        if (applied.stream().anyMatch(c -> c.field().equals("mobile"))) {
            repository.findByMobile(s.getMobile().digits()).filter(other -> !other.getId().equals(s.getId()))
                    .ifPresent(other -> {
                        throw duplicateMobile(other.getCustomerId());
                    });
        }
        String by = caller();
        for (SubscriberChanges.FieldChange c : applied) {
            repository.addChange(new SubscriberChange(s.getId(), c.field(), c.oldValue(), c.newValue(), null, by, via, now));
        }
        flush(s);
        return s;
    }

    /** REGISTERED to ACTIVE; refused until the customer application form's number and date are recorded. */
    public Subscriber activate(String customerId, String reason, Surface via) {
        return transition(customerId, Operation.ACTIVATE, reason, via);
    }

    /** ACTIVE to SUSPENDED (temporarily). */
    public Subscriber suspend(String customerId, String reason, Surface via) {
        return transition(customerId, Operation.SUSPEND, reason, via);
    }

    /** SUSPENDED to ACTIVE again (the "reactivation"). */
    public Subscriber resume(String customerId, String reason, Surface via) {
        return transition(customerId, Operation.RESUME, reason, via);
    }

    /** ACTIVE or SUSPENDED to DEACTIVATED, permanently; the reason is required. */
    public Subscriber deactivate(String customerId, String reason, Surface via) {
        return transition(customerId, Operation.DEACTIVATE, reason, via);
    }

    /** Any of the four operations by value (for surfaces that dispatch on the operation's name). */
    public Subscriber transition(String customerId, Operation operation, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String why = operation == Operation.DEACTIVATE
                ? check.required("reason", reason, SubscriberChange.MAX_REASON)
                : check.optional("reason", reason, SubscriberChange.MAX_REASON);
        check.throwIfInvalid();
        Subscriber s = getByCustomerId(customerId);
        SubscriberStatus from = s.getStatus();
        SubscriberStatus to = SubscriberLifecycle.target(s.getCustomerId(), from, operation);
        if (operation == Operation.ACTIVATE && !s.isCafRecorded()) {
            List<FieldError> missing = new java.util.ArrayList<>();
            if (s.getCafNumber() == null) {
                missing.add(new FieldError("cafNumber", "is not recorded"));
            }
            if (s.getCafDate() == null) {
                missing.add(new FieldError("cafDate", "is not recorded"));
            }
            throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + s.getCustomerId() + " is " + from
                    + ": cannot activate it (requested status " + to + ") until its customer application form (CAF)"
                    + " number and date are recorded", missing);
        }
        s.setStatus(to);
        repository.addChange(new SubscriberChange(s.getId(), SubscriberChange.STATUS, from.name(), to.name(), why,
                caller(), via, clock.instant()));
        statusChanged.fire(new SubscriberStatusChanged(s.getCustomerId(), from, to, why, via));
        flush(s);
        return s;
    }

    /** A subscriber's history, oldest first; readable in every status. */
    public List<SubscriberChange> history(String customerId) {
        return repository.history(getByCustomerId(customerId).getId());
    }

    public Optional<Subscriber> findByCustomerId(String customerId) {
        return customerId == null ? Optional.empty() : repository.findByCustomerId(customerId.strip());
    }

    public Subscriber getByCustomerId(String customerId) {
        return findByCustomerId(customerId).orElseThrow(() ->
                new BusinessException(ErrorCode.NOT_FOUND, "no subscriber with customer ID '" + customerId + "'"));
    }

    /** The code of the subscriber's LCO, or null. */
    public String lcoCodeOf(Subscriber s) {
        return s.getLcoId() == null ? null : lcos.codeOf(s.getLcoId()).orElse(null);
    }

    /** The codes of these subscribers' LCOs by LCO id, in one query (for lists). */
    public Map<Long, String> lcoCodesOf(Collection<Subscriber> subscribers) {
        return lcos.codesOf(subscribers.stream().map(Subscriber::getLcoId).toList());
    }

    public List<Subscriber> list(SubscriberFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    public long count(SubscriberFilter filter) {
        return repository.count(filter);
    }

    /** Reads the single search box's text ({@link SubscriberSearch}): the filter to list and count with, and what it was read as. */
    public SubscriberSearch.Reading search(String text) {
        String prefix = customerIds.forNumber(0).value().replaceAll("[0-9].*$", "");
        return SubscriberSearch.choose(text, prefix, this::count);
    }

    private static void refuseIfDeactivated(Subscriber s) {
        if (!SubscriberLifecycle.editable(s.getStatus())) {
            throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + s.getCustomerId() + " is "
                    + s.getStatus() + ": deactivation is permanent and its record can no longer be changed");
        }
    }

    /** Writes now, so that a concurrent change or a duplicate is refused with its own message. */
    private void flush(Subscriber s) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException) {
                throw new BusinessException(ErrorCode.CONFLICT, "subscriber " + s.getCustomerId()
                        + " was changed by someone else at the same time; read it again and retry");
            }
            // a concurrent registration or change took the same mobile or contract number between the check and the write
            if (ConstraintViolation.names(e, "uk_subscriber_mobile")) {
                throw new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("mobile",
                        "is already registered to another subscriber")));
            }
            if (ConstraintViolation.names(e, "uk_subscriber_contract_number")) {
                throw new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("contractNumber",
                        "is already the contract number of another subscriber")));
            }
            throw e;
        }
    }

    static BusinessException stale(CustomerId customerId, long expected, long current) {
        return new BusinessException(ErrorCode.CONFLICT, "subscriber " + customerId + " was changed since you read it"
                + " (you sent version " + expected + ", it is now at version " + current + "); read it again and retry",
                List.of(new FieldError("version", "is stale: current version is " + current)));
    }

    private static BusinessException duplicateMobile(CustomerId holder) {
        return new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("mobile",
                "is already registered to subscriber " + holder)));
    }

    private static BusinessException duplicateContract(CustomerId holder) {
        return new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("contractNumber",
                "is already the contract number of subscriber " + holder)));
    }
}
