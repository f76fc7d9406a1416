package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberService;

/** Subscribers over SOAP: register, read one, list. WSDL at {@code /sms/ws/SubscriberService?wsdl}. */
@WebService(serviceName = "SubscriberService", portName = "SubscriberPort", name = "Subscriber",
        targetNamespace = SoapNames.NAMESPACE)
public class SubscriberEndpoint {

    @EJB
    SubscriberService subscribers;

    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData registerSubscriber(@WebParam(name = "registration", targetNamespace = SoapNames.NAMESPACE) SubscriberRegistrationData registration)
            throws SmsFault {
        try {
            if (registration == null) {
                throw new org.opensms.sms.shared.InvalidInputException("registration", "is required");
            }
            return SubscriberData.of(subscribers.register(registration.toRegistration(), Surface.SOAP));
        } catch (BusinessException e) {
            throw SmsFault.of(e);
        }
    }

    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberData getSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId) throws SmsFault {
        try {
            return SubscriberData.of(subscribers.getByCustomerId(customerId));
        } catch (BusinessException e) {
            throw SmsFault.of(e);
        }
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
                                              @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order) throws SmsFault {
        try {
            InputCheck check = new InputCheck();
            SubscriberFilter filter = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status);
            PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
            SubscriberPageData data = new SubscriberPageData();
            data.total = subscribers.count(filter);
            data.offset = page.offset();
            data.limit = page.size();
            subscribers.list(filter, page).forEach(s -> data.subscriber.add(SubscriberData.of(s)));
            return data;
        } catch (BusinessException e) {
            throw SmsFault.of(e);
        }
    }
}
