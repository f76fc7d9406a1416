package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import java.util.List;
import java.util.function.Supplier;
import org.opensms.sms.pairing.BlacklistResult;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberService;

/**
 * Pairing over SOAP, the same operations as REST {@code /api/pairing}: a subscriber's devices, pair, unpair, replace
 * a faulty device, switch one pair on or off, blacklist devices, find the subscriber of an STB or card. A pair is
 * named by its STB serial. WSDL at {@code /sms/ws/PairingService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "PairingService", portName = "PairingPort", name = "Pairing", targetNamespace = SoapNames.NAMESPACE)
public class PairingEndpoint {

    @EJB
    PairingService pairing;
    @EJB
    SubscriberService subscribers;

    @WebMethod
    @WebResult(name = "devices", targetNamespace = SoapNames.NAMESPACE)
    public SubscriberDevicesData getSubscriberDevices(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId)
            throws SmsFault {
        return SmsFault.call(() -> {
            Subscriber s = subscribers.getByCustomerId(customerId);
            SubscriberDevicesData d = new SubscriberDevicesData();
            d.customerId = s.getCustomerId().value();
            d.status = s.getStatus().name();
            pairing.pairsOf(customerId).forEach(p -> d.pair.add(PairData.of(p)));
            pairing.historyOf(customerId).stream().filter(p -> !p.isCurrent()).forEach(p -> d.ended.add(PairData.of(p)));
            return d;
        });
    }

    /** Pairs the STB with the card at the subscriber (rules: see the REST operation). */
    @WebMethod
    @WebResult(name = "pair", targetNamespace = SoapNames.NAMESPACE)
    public PairData pairDevices(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                @WebParam(name = "card", targetNamespace = SoapNames.NAMESPACE) String card,
                                @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return SmsFault.call(() -> PairData.of(pairing.pair(customerId, stb, card, reason, Surface.SOAP)));
    }

    @WebMethod
    @WebResult(name = "pair", targetNamespace = SoapNames.NAMESPACE)
    public PairData unpairDevices(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                  @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                  @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return SmsFault.call(() -> PairData.of(pairing.unpair(customerId, stb, reason, Surface.SOAP)));
    }

    /** Replaces a faulty STB or card (type STB or CARD: oldDevice by newDevice) under the same customer ID; the reason is required. */
    @WebMethod
    @WebResult(name = "pair", targetNamespace = SoapNames.NAMESPACE)
    public PairData replaceDevice(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                  @WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                  @WebParam(name = "oldDevice", targetNamespace = SoapNames.NAMESPACE) String oldDevice,
                                  @WebParam(name = "newDevice", targetNamespace = SoapNames.NAMESPACE) String newDevice,
                                  @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return SmsFault.call(() -> PairData.of(pairing.replace(customerId, type(type), oldDevice, newDevice, reason, Surface.SOAP)));
    }

    @WebMethod
    @WebResult(name = "pair", targetNamespace = SoapNames.NAMESPACE)
    public PairData activateDevice(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                   @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                   @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return SmsFault.call(() -> PairData.of(pairing.activateDevice(customerId, stb, reason, Surface.SOAP)));
    }

    @WebMethod
    @WebResult(name = "pair", targetNamespace = SoapNames.NAMESPACE)
    public PairData deactivateDevice(@WebParam(name = "customerId", targetNamespace = SoapNames.NAMESPACE) String customerId,
                                     @WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                     @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason) throws SmsFault {
        return SmsFault.call(() -> PairData.of(pairing.deactivateDevice(customerId, stb, reason, Surface.SOAP)));
    }

    /** Blacklists STBs or cards (type STB or CARD), at most 1000, all or nothing; paired ones are unpaired first. */
    @WebMethod
    @WebResult(name = "result", targetNamespace = SoapNames.NAMESPACE)
    public BlacklistResultData blacklistDevices(@WebParam(name = "type", targetNamespace = SoapNames.NAMESPACE) String type,
                                                @WebParam(name = "serial", targetNamespace = SoapNames.NAMESPACE) List<String> serials,
                                                @WebParam(name = "reason", targetNamespace = SoapNames.NAMESPACE) String reason)
            throws SmsFault {
        return SmsFault.call(() -> {
            BlacklistResult r = pairing.blacklist(type(type), serials, reason, Surface.SOAP);
            BlacklistResultData d = new BlacklistResultData();
            d.type = r.type().name();
            d.serial.addAll(r.serials());
            r.unpaired().forEach((serial, customer) -> {
                BlacklistResultData.Unpaired u = new BlacklistResultData.Unpaired();
                u.serial = serial;
                u.customerId = customer;
                d.unpaired.add(u);
            });
            return d;
        });
    }

    /** The subscriber that has the STB (serial) or card (number) now: give exactly one; NOT_FOUND when in no pair. */
    @WebMethod
    @WebResult(name = "subscriber", targetNamespace = SoapNames.NAMESPACE)
    public PairedSubscriberData findSubscriberByDevice(@WebParam(name = "stb", targetNamespace = SoapNames.NAMESPACE) String stb,
                                                       @WebParam(name = "card", targetNamespace = SoapNames.NAMESPACE) String card)
            throws SmsFault {
        return SmsFault.call(() -> PairedSubscriberData.of(pairing.findByDevice(stb, card)));
    }

    /** The device type parameter (STB or CARD), required. */
    static DeviceType type(String text) {
        InputCheck check = new InputCheck();
        DeviceType t = check.convert("type", check.required("type", text, 12), DeviceType::parse);
        check.throwIfInvalid();
        return t;
    }
}
