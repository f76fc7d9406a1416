package org.opensms.sms.subscriber;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.internal.SubscriberRepository;

/** Registration and look-up of subscribers. Each call is one transaction. */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class SubscriberService {

    @Inject
    SubscriberRepository repository;
    @Inject
    CustomerIdScheme customerIds;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    /**
     * Registers a subscriber and gives it the next customer ID. Refuses, storing nothing, when any
     * field is bad (all bad fields are named) or the mobile number already belongs to a subscriber.
     */
    public Subscriber register(SubscriberRegistration registration, Surface via) {
        Subscriber subscriber = registration.toSubscriber(clock.instant(), session.getCallerPrincipal().getName(), via);
        String mobile = subscriber.getMobile().digits();
        repository.findByMobile(mobile).ifPresent(existing -> {
            throw duplicateMobile(existing.getCustomerId());
        });
        repository.add(subscriber);
        subscriber.assignCustomerId(customerIds.forNumber(subscriber.getId()));
        try {
            repository.flush();
        } catch (PersistenceException e) {
            // a concurrent registration took the same mobile between the check and the insert
            if (ConstraintViolation.names(e, "uk_subscriber_mobile")) {
                throw new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("mobile",
                        "is already registered to another subscriber")));
            }
            throw e;
        }
        return subscriber;
    }

    public Optional<Subscriber> findByCustomerId(String customerId) {
        return customerId == null ? Optional.empty() : repository.findByCustomerId(customerId.strip());
    }

    public Subscriber getByCustomerId(String customerId) {
        return findByCustomerId(customerId).orElseThrow(() ->
                new BusinessException(ErrorCode.NOT_FOUND, "no subscriber with customer ID '" + customerId + "'"));
    }

    public List<Subscriber> list(SubscriberFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    public long count(SubscriberFilter filter) {
        return repository.count(filter);
    }

    private static BusinessException duplicateMobile(CustomerId holder) {
        return new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("mobile",
                "is already registered to subscriber " + holder)));
    }
}
