package org.opensms.sms.web.soap;

import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Iterator;
import java.util.Set;
import javax.xml.namespace.QName;
import org.opensms.sms.shared.ErrorCode;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Gives an {@link SmsFault} the SOAP 1.1 fault code that says whose the fault is: {@code Client} for a refusal of the
 * request itself (bad input, not found, conflict, tariff limit, forbidden: sending it again unchanged gets the same
 * answer), {@code Server} for {@code BUSY} (nothing was changed; send it again). JAX-WS gives every declared fault
 * {@code Server}. Registered on every endpoint through {@code soap-handlers.xml}.
 */
public class FaultCodeHandler implements SOAPHandler<SOAPMessageContext> {

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        if (!Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            return true;
        }
        try {
            SOAPFault fault = context.getMessage().getSOAPBody().getFault();
            ErrorCode code = fault == null ? null : smsFaultCode(fault.getDetail());
            if (code != null && code.kind() != ErrorCode.Kind.BUSY) {
                fault.setFaultCode(new QName(SOAPConstants.URI_NS_SOAP_1_1_ENVELOPE, "Client",
                        fault.getFaultCodeAsQName().getPrefix()));
            }
        } catch (SOAPException | RuntimeException e) {
            // the fault goes out as it was made: its code is a courtesy, its detail carries the SMS code
        }
        return true;
    }

    /** The code in an SmsFault detail; null for any other fault. */
    private static ErrorCode smsFaultCode(Detail detail) {
        if (detail == null) {
            return null;
        }
        for (Iterator<?> it = detail.getDetailEntries(); it.hasNext(); ) {
            if (it.next() instanceof Element e && "SmsFault".equals(e.getLocalName())
                    && SoapNames.NAMESPACE.equals(e.getNamespaceURI())) {
                NodeList codes = e.getElementsByTagNameNS("*", "code");
                if (codes.getLength() > 0) {
                    try {
                        return ErrorCode.valueOf(codes.item(0).getTextContent().strip());
                    } catch (IllegalArgumentException unknown) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        return true;
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }

    @Override
    public void close(MessageContext context) {
    }
}
