package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import org.opensms.sms.cas.CasCommandRequest;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasJournalFilter;
import org.opensms.sms.cas.CasMessageRequest;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;

/**
 * CAS commands over SOAP, the same operations as REST {@code /api/cas/commands} and {@code /api/cas/messages}: issue a
 * command, send a message or fingerprint, and read the command journal (MSO_ADMIN, MSO_OPERATOR; a message to every
 * card or to a service's viewers needs MSO_ADMIN, anyone else gets a FORBIDDEN fault). WSDL at
 * {@code /sms/ws/CasService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "CasService", portName = "CasPort", name = "Cas", targetNamespace = SoapNames.NAMESPACE)
public class CasEndpoint {

    @EJB
    CasCommandService cas;

    /** ACTIVATE_CARD or DEACTIVATE_CARD of a card, or SEND_OSD of a text to a card; the command id. */
    @WebMethod
    @WebResult(name = "commandId", targetNamespace = SoapNames.NAMESPACE)
    public String issueCasCommand(@WebParam(name = "kind", targetNamespace = SoapNames.NAMESPACE) String kind,
                                  @WebParam(name = "card", targetNamespace = SoapNames.NAMESPACE) String card,
                                  @WebParam(name = "text", targetNamespace = SoapNames.NAMESPACE) String text,
                                  @WebParam(name = "subscriber", targetNamespace = SoapNames.NAMESPACE) String subscriber)
            throws SmsFault {
        return SmsFault.call(() -> cas.issue(new CasCommandRequest(kind, card, text, subscriber), Surface.SOAP).value());
    }

    /** An on-screen display, a mail to the STB inbox or a fingerprint; every bad field named at once; the command id. */
    @WebMethod
    @WebResult(name = "commandId", targetNamespace = SoapNames.NAMESPACE)
    public String sendCasMessage(@WebParam(name = "message", targetNamespace = SoapNames.NAMESPACE) CasMessageData message)
            throws SmsFault {
        return SmsFault.call(() -> {
            if (message == null) {
                throw new InvalidInputException("message", "is required");
            }
            InputCheck check = new InputCheck();
            CasMessageRequest request = message.toRequest(check);
            check.throwIfInvalid();
            return cas.send(request, Surface.SOAP).value();
        });
    }

    /**
     * The journal, newest first: narrowed by card, subscriber (customer ID), kind, state (PENDING, ACCEPTED, REJECTED,
     * FAILED) and days from and to (YYYY-MM-DD in India, both included); offset, limit 1 to 1000 (default 50).
     */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public CasCommandPageData findCasCommands(@WebParam(name = "card", targetNamespace = SoapNames.NAMESPACE) String card,
                                              @WebParam(name = "subscriber", targetNamespace = SoapNames.NAMESPACE) String subscriber,
                                              @WebParam(name = "kind", targetNamespace = SoapNames.NAMESPACE) String kind,
                                              @WebParam(name = "state", targetNamespace = SoapNames.NAMESPACE) String state,
                                              @WebParam(name = "from", targetNamespace = SoapNames.NAMESPACE) String from,
                                              @WebParam(name = "to", targetNamespace = SoapNames.NAMESPACE) String to,
                                              @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                              @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit)
            throws SmsFault {
        return SmsFault.call(() -> {
            InputCheck check = new InputCheck();
            CasJournalFilter filter = CasJournalFilter.parse(check, card, subscriber, kind, state, from, to);
            PageRequest page = PageRequest.parse(check, offset, limit, 50, null, null);
            check.throwIfInvalid();
            CasCommandPageData d = new CasCommandPageData();
            d.total = cas.journalCount(filter);
            d.offset = page.offset();
            d.limit = page.size();
            cas.journal(filter, page).forEach(l -> d.command.add(CasCommandData.of(l)));
            return d;
        });
    }
}
