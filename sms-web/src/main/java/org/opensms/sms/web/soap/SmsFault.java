package org.opensms.sms.web.soap;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.xml.ws.WebFault;
import java.util.function.Supplier;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.LockConflict;
import org.opensms.sms.stock.StockImportRefusedException;

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
        if (e instanceof StockImportRefusedException refused) {
            // as REST's ImportErrorJson: the same errors again with line and column apart
            info.message = "the file was not imported: " + refused.errors().size() + " error(s)";
            refused.errors().forEach(le -> {
                SmsFaultInfo.LineErrorData d = new SmsFaultInfo.LineErrorData();
                d.line = le.line();
                d.column = le.column();
                d.message = le.message();
                info.lineError.add(d);
            });
        }
        return new SmsFault(e.code() + ": " + info.message, info);
    }

    /** A role the caller lacks (the services' @RolesAllowed): code FORBIDDEN, as REST's 403. */
    static SmsFault forbidden() {
        SmsFaultInfo info = new SmsFaultInfo();
        info.code = "FORBIDDEN";
        info.message = "your role does not allow this operation";
        return new SmsFault(info.code + ": " + info.message, info);
    }

    /**
     * Runs one service call, turning a business refusal, a missing role (FORBIDDEN) or a lock conflict (BUSY: the
     * call was rolled back whole, send it again) into an SmsFault.
     */
    static <T> T call(Supplier<T> work) throws SmsFault {
        try {
            return work.get();
        } catch (BusinessException e) {
            throw of(e);
        } catch (EJBAccessException | AccessLocalException e) {
            throw forbidden();
        } catch (RuntimeException e) {
            if (LockConflict.in(e)) {
                throw of(LockConflict.busy());
            }
            throw e;
        }
    }
}
