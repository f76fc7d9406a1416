package org.opensms.sms.web.soap;

import jakarta.xml.ws.WebFault;
import org.opensms.sms.shared.BusinessException;

/** A business refusal as a SOAP fault; its detail ({@link SmsFaultInfo}) carries code and field errors. */
@WebFault(name = "SmsFault", targetNamespace = SoapNames.NAMESPACE)
public class SmsFault extends Exception {

    private final SmsFaultInfo faultInfo;

    public SmsFault(String message, SmsFaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    public SmsFaultInfo getFaultInfo() {
        return faultInfo;
    }

    static SmsFault of(BusinessException e) {
        SmsFaultInfo info = new SmsFaultInfo();
        info.code = e.code().name();
        info.message = e.getMessage();
        e.fieldErrors().forEach(fe -> {
            SmsFaultInfo.FieldErrorData d = new SmsFaultInfo.FieldErrorData();
            d.field = fe.field();
            d.message = fe.message();
            info.fieldError.add(d);
        });
        return new SmsFault(e.code() + ": " + e.getMessage(), info);
    }
}
