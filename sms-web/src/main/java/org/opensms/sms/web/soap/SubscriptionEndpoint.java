package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import java.util.List;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscription.SubscriptionService;

/**
 * Subscriptions over SOAP: give products to a subscriber's set-top box, renew, change, cancel, and the questions
 * about them (what is active until when, who holds a product or channel, history, the broadcasters' monthly report,
 * the NCF of a home). Each change is one transaction with its history line and the CAS entitlement command for the
 * card paired with the STB. MSO_ADMIN and MSO_OPERATOR; the renewal run MSO_ADMIN only (the roles are
 * {@link SubscriptionService}'s; a caller without one gets a FORBIDDEN fault). Days are yyyy-mm-dd in India's
 * calendar, an end date is the last day covered. WSDL at {@code /sms/ws/SubscriptionService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "SubscriptionService", portName = "SubscriptionPort", name = "Subscription",
        targetNamespace = SoapNames.NAMESPACE)
public class SubscriptionEndpoint {

    @EJB
    SubscriptionService subscriptions;

    /** Gives the product to the STB (see SubscribeRequest); the CAS entitles the STB's card in the same transaction. */
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionData subscribe(@WebParam(name = "request", targetNamespace = SoapNames.NAMESPACE) SubscribeRequestData request)
            throws SmsFault {
        return SmsFault.call(() -> SubscriptionData.of(subscriptions.subscribe(
                CatalogEndpoint.required("request", request).toRequest(), Surface.SOAP)));
    }

    /** Extends without a gap by days (default: the product's validity) or to endDate (one of the two). */
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionData renewSubscription(@WebParam(name = "id", targetNamespace = SoapNames.NAMESPACE) String id,
                                              @WebParam(name = "days", targetNamespace = SoapNames.NAMESPACE) String days,
                                              @WebParam(name = "endDate", targetNamespace = SoapNames.NAMESPACE) String endDate)
            throws SmsFault {
        return SmsFault.call(() -> SubscriptionData.of(subscriptions.renew(id(id), days, endDate, Surface.SOAP)));
    }

    /** Moves the end date (today or later) and/or sets autoRenew; at least one of the two. */
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionData changeSubscription(@WebParam(name = "id", targetNamespace = SoapNames.NAMESPACE) String id,
                                               @WebParam(name = "endDate", targetNamespace = SoapNames.NAMESPACE) String endDate,
                                               @WebParam(name = "autoRenew", targetNamespace = SoapNames.NAMESPACE) Boolean autoRenew)
            throws SmsFault {
        return SmsFault.call(() -> SubscriptionData.of(subscriptions.change(id(id), endDate, autoRenew, Surface.SOAP)));
    }

    /** Ends the subscription today (reason required); the CAS cancels the entitlement. */
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionData cancelSubscription(@WebParam(name = "id", targetNamespace = SoapNames.NAMESPACE) String id,
                                               @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return SmsFault.call(() -> SubscriptionData.of(subscriptions.cancel(id(id), reason, Surface.SOAP)));
    }

    /** One subscription with its history (event, oldest first); NOT_FOUND when unknown. */
    @WebMethod
    @WebResult(name = "subscription", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionData getSubscription(@WebParam(name = "id", targetNamespace = SoapNames.NAMESPACE) String id) throws SmsFault {
        return SmsFault.call(() -> {
            long n = id(id);
            var s = subscriptions.find(n).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no subscription " + n));
            return SubscriptionData.of(s, subscriptions.historyOf(n));
        });
    }

    /** The subscriber's subscriptions, newest first (offset, limit 1 to 1000, default 50). */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionPageData findSubscriptions(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                                  @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                                  @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit)
            throws SmsFault {
        return SmsFault.call(() -> {
            PageRequest page = page(offset, limit);
            SubscriptionPageData d = new SubscriptionPageData();
            d.offset = page.offset();
            d.limit = page.size();
            subscriptions.ofSubscriber(customerId, page).forEach(s -> d.subscription.add(SubscriptionData.of(s)));
            return d;
        });
    }

    /**
     * What the subscriber (or only its set-top box stb) has on the day (default today) or will have later: product,
     * until when, and the channels it carries.
     */
    @WebMethod
    @WebResult(name = "activeProduct", targetNamespace = SoapNames.NAMESPACE)
    public List<ActiveProductData> activeProducts(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                                  @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                                  @WebParam(name = "day", targetNamespace = SoapNames.NAMESPACE) String day)
            throws SmsFault {
        return SmsFault.call(() -> subscriptions.activeProducts(customerId, stb, day).stream().map(ActiveProductData::of).toList());
    }

    /** Every change to the subscriber's subscriptions, newest first, with who and from which surface. */
    @WebMethod
    @WebResult(name = "history", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionHistoryData subscriptionHistory(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                                       @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                                       @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit)
            throws SmsFault {
        return SmsFault.call(() -> {
            PageRequest page = page(offset, limit);
            SubscriptionHistoryData d = new SubscriptionHistoryData();
            d.offset = page.offset();
            d.limit = page.size();
            var events = subscriptions.history(customerId, page);
            d.customerId = events.isEmpty() ? customerId.strip() : events.get(0).getCustomerId();
            events.forEach(e -> d.event.add(SubscriptionEventData.of(e)));
            return d;
        });
    }

    /** How many set-top boxes have the product or the channel (exactly one of the two, by code) on the day (default today). */
    @WebMethod
    @WebResult(name = "count", targetNamespace = SoapNames.NAMESPACE)
    public long countHolders(@WebParam(name = "product", targetNamespace = SoapNames.NAMESPACE) String product,
                             @WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) String channel,
                             @WebParam(name = "day", targetNamespace = SoapNames.NAMESPACE) String day) throws SmsFault {
        return SmsFault.call(() -> subscriptions.countHolders(product, channel, day));
    }

    /** The subscriptions that give the product or the channel on the day, by STB, with their total; paged. */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public SubscriptionPageData findHolders(@WebParam(name = "product", targetNamespace = SoapNames.NAMESPACE) String product,
                                            @WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) String channel,
                                            @WebParam(name = "day", targetNamespace = SoapNames.NAMESPACE) String day,
                                            @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                            @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit)
            throws SmsFault {
        return SmsFault.call(() -> {
            PageRequest page = page(offset, limit);
            SubscriptionPageData d = new SubscriptionPageData();
            d.total = subscriptions.countHolders(product, channel, day);
            d.offset = page.offset();
            d.limit = page.size();
            subscriptions.holders(product, channel, day, page).forEach(s -> d.subscription.add(SubscriptionData.of(s)));
            return d;
        });
    }

    /** The monthly report broadcasters bill on, for the month (2026-11), of one broadcaster or all. */
    @WebMethod
    @WebResult(name = "report", targetNamespace = SoapNames.NAMESPACE)
    public BroadcasterReportData broadcasterReport(@WebParam(name = "month", targetNamespace = SoapNames.NAMESPACE) String month,
                                                   @WebParam(name = "broadcaster", targetNamespace = SoapNames.NAMESPACE) String broadcaster)
            throws SmsFault {
        return SmsFault.call(() -> BroadcasterReportData.of(subscriptions.broadcasterReport(month, broadcaster)));
    }

    /**
     * The NCF of the subscriber's home on the day (default today): each paired STB counted by the SD-equivalent
     * channels its subscriptions carry, the rule chosen by the home's state and customerClass (default RESIDENTIAL).
     */
    @WebMethod
    @WebResult(name = "quote", targetNamespace = SoapNames.NAMESPACE)
    public NcfQuoteData ncfOfSubscriber(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                        @WebParam(name = "customerClass", targetNamespace = SoapNames.NAMESPACE) String customerClass,
                                        @WebParam(name = "day", targetNamespace = SoapNames.NAMESPACE) String day) throws SmsFault {
        return SmsFault.call(() -> NcfQuoteData.of(subscriptions.ncf(customerId, customerClass, day)));
    }

    /** Starts the expiry and renewal run now, in the background (MSO_ADMIN); CONFLICT while one is going. */
    @WebMethod
    @WebResult(name = "run", targetNamespace = SoapNames.NAMESPACE)
    public RenewalRunData startRenewalRun() throws SmsFault {
        return SmsFault.call(() -> RenewalRunData.of(subscriptions.startRenewalRun()));
    }

    /** The last (or current) expiry and renewal run since the server started; absent if none. */
    @WebMethod
    @WebResult(name = "run", targetNamespace = SoapNames.NAMESPACE)
    public RenewalRunData lastRenewalRun() throws SmsFault {
        return SmsFault.call(() -> subscriptions.lastRenewalRun().map(RenewalRunData::of).orElse(null));
    }

    private static long id(String text) {
        InputCheck check = new InputCheck();
        String t = check.required("id", text, 19);
        check.throwIfInvalid();
        try {
            long n = Long.parseLong(t);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("id", "must be a subscription id (a whole number above 0), got '" + text + "'");
    }

    private static PageRequest page(String offset, String limit) {
        return PageRequest.parse(new InputCheck(), offset, limit, 50, null, null);
    }
}
