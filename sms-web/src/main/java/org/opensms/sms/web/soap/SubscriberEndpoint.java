package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberLifecycle.Operation;
import org.opensms.sms.subscriber.SubscriberService;

/**
 * Subscribers over SOAP: register, read one, list, update (with the version read), activate / suspend / resume /
 * deactivate, history. WSDL at {@code /sms/ws/SubscriberService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "SubscriberService", portName = "SubscriberPort", name = "Subscriber",
        targetNamespace = SoapNames.NAMESPACE)
public class SubscriberEndpoint {

    @EJB
    SubscriberService subscribers;

    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData registerSubscriber(@WebParam(name = "registration", targetNamespace = SoapNames.NAMESPACE) SubscriberRegistrationData registration)
            throws SmsFault {
        return SmsFault.call(() -> {
            if (registration == null) {
                throw new org.opensms.sms.shared.InvalidInputException("registration", "is required");
            }
            return data(subscribers.register(registration.toRegistration(), Surface.SOAP));
        });
    }

    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData getSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId) throws SmsFault {
        return SmsFault.call(() -> {
            return data(subscribers.getByCustomerId(customerId));
        });
    }

    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberPageData findSubscribers(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                              @WebParam(name = "name", targetNamespace = SoapNames.NAMESPACE) String name,
                                              @WebParam(name = "mobile", targetNamespace = SoapNames.NAMESPACE) String mobile,
                                              @WebParam(name = "city", targetNamespace = SoapNames.NAMESPACE) String city,
                                              @WebParam(name = "state", targetNamespace = SoapNames.NAMESPACE) String state,
                                              @WebParam(name = "status", targetNamespace = SoapNames.NAMESPACE) String status,
                                              @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                              @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit,
                                              @WebParam(name = "sort", targetNamespace = SoapNames.NAMESPACE) String sort,
                                              @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order,
                                              @WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) String lco,
                                              @WebParam(name = "area", targetNamespace = SoapNames.NAMESPACE) String area,
                                              @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                              @WebParam(name = "card", targetNamespace = SoapNames.NAMESPACE) String card) throws SmsFault {
        return SmsFault.call(() -> {
            InputCheck check = new InputCheck();
            SubscriberFilter filter = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status, lco, area, stb, card);
            PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
            SubscriberPageData data = new SubscriberPageData();
            data.total = subscribers.count(filter);
            data.offset = page.offset();
            data.limit = page.size();
            var items = subscribers.list(filter, page);
            var lcoCodes = subscribers.lcoCodesOf(items);
            items.forEach(s -> data.subscriber.add(SubscriberData.of(s, lcoCodes.get(s.getLcoId()))));
            return data;
        });
    }

    /** Changes the fields given (see SubscriberUpdate); the version read is required and a stale one is a CONFLICT fault. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData updateSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                           @WebParam(name = "update", targetNamespace = SoapNames.NAMESPACE) SubscriberUpdateData update)
            throws SmsFault {
        return SmsFault.call(() -> {
            if (update == null) {
                throw new org.opensms.sms.shared.InvalidInputException("update", "is required");
            }
            return data(subscribers.update(customerId, update.toChanges(), Surface.SOAP));
        });
    }

    /** REGISTERED to ACTIVE; refused (CONFLICT) until the CAF number and date are recorded. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData activateSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                             @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return transition(customerId, Operation.ACTIVATE, reason);
    }

    /** ACTIVE to SUSPENDED. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData suspendSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                            @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return transition(customerId, Operation.SUSPEND, reason);
    }

    /** SUSPENDED to ACTIVE. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData resumeSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                           @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return transition(customerId, Operation.RESUME, reason);
    }

    /** ACTIVE or SUSPENDED to DEACTIVATED, permanently; the reason is required. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData deactivateSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                               @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return transition(customerId, Operation.DEACTIVATE, reason);
    }

    /** Every change to the subscriber, oldest first, with who, when, surface and reason. */
    @WebMethod
    @WebResult(name = "history", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberHistoryData getSubscriberHistory(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId)
            throws SmsFault {
        return SmsFault.call(() -> {
            Subscriber s = subscribers.getByCustomerId(customerId);
            SubscriberHistoryData d = new SubscriberHistoryData();
            d.customerId = s.getCustomerId().value();
            d.status = s.getStatus().name();
            subscribers.history(customerId).forEach(c -> d.change.add(SubscriberChangeData.of(c)));
            return d;
        });
    }

    private SubscriberData transition(String customerId, Operation op, String reason) throws SmsFault {
        return SmsFault.call(() -> {
            return data(subscribers.transition(customerId, op, reason, Surface.SOAP));
        });
    }

    private SubscriberData data(Subscriber s) {
        return SubscriberData.of(s, subscribers.lcoCodeOf(s));
    }
}
