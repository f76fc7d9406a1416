package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoFilter;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;

/**
 * LCO master data over SOAP, the same operations as REST {@code /api/lcos}: create and update (MSO_ADMIN), read and
 * list (MSO_ADMIN, MSO_OPERATOR); the roles are {@link LcoService}'s, a caller without one gets a FORBIDDEN fault.
 * WSDL at {@code /sms/ws/LcoService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "LcoService", portName = "LcoPort", name = "Lco", targetNamespace = SoapNames.NAMESPACE)
public class LcoEndpoint {

    @EJB
    LcoService lcos;

    /** Creates an LCO under the code the MSO gives it; every bad field is named at once; a code taken is DUPLICATE. */
    @WebMethod
    @WebResult(name = "lco", targetNamespace = SoapNames.NAMESPACE)
    public LcoData createLco(@WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) LcoDetailsData lco) throws SmsFault {
        return SmsFault.call(() -> LcoData.of(lcos.create(details(lco), Surface.SOAP)));
    }

    /** Replaces every field but the code (which never changes); an absent status keeps the current one. */
    @WebMethod
    @WebResult(name = "lco", targetNamespace = SoapNames.NAMESPACE)
    public LcoData updateLco(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                             @WebParam(name = "lco", targetNamespace = SoapNames.NAMESPACE) LcoDetailsData lco) throws SmsFault {
        return SmsFault.call(() -> LcoData.of(lcos.update(code, details(lco), Surface.SOAP)));
    }

    @WebMethod
    @WebResult(name = "lco", targetNamespace = SoapNames.NAMESPACE)
    public LcoData getLco(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code) throws SmsFault {
        return SmsFault.call(() -> LcoData.of(lcos.getByCode(code)));
    }

    /**
     * LCOs by code, name and area (each from its start, any case) and status (ACTIVE or INACTIVE); paged in the
     * database (offset, limit 1 to 1000, default 50; sort code, name, area or status; order asc or desc).
     */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public LcoPageData findLcos(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                @WebParam(name = "name", targetNamespace = SoapNames.NAMESPACE) String name,
                                @WebParam(name = "area", targetNamespace = SoapNames.NAMESPACE) String area,
                                @WebParam(name = "status", targetNamespace = SoapNames.NAMESPACE) String status,
                                @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit,
                                @WebParam(name = "sort", targetNamespace = SoapNames.NAMESPACE) String sort,
                                @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order) throws SmsFault {
        return SmsFault.call(() -> {
            InputCheck check = new InputCheck();
            LcoFilter filter = LcoFilter.parse(check, code, name, area, status);
            PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
            check.throwIfInvalid();
            LcoPageData d = new LcoPageData();
            d.total = lcos.count(filter);
            d.offset = page.offset();
            d.limit = page.size();
            lcos.list(filter, page).forEach(l -> d.lco.add(LcoData.of(l)));
            return d;
        });
    }

    private static LcoDetails details(LcoDetailsData lco) {
        if (lco == null) {
            throw new InvalidInputException("lco", "is required");
        }
        return lco.toDetails();
    }
}
