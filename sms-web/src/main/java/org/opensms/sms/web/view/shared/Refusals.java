package org.opensms.sms.web.view.shared;

import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;

/**
 * A refusal shown as {@link FacesMessages#show} does, except that each broken tariff limit is one message of its own
 * at the top, and the request marked failed whatever its kind (a conflict or a tariff limit as well as bad input), so
 * that a dialog stays open on it ({@code args.validationFailed}).
 */
public final class Refusals {

    private Refusals() {
    }

    public static void show(BusinessException e, String formId, Function<String, String> inputId) {
        if (e.code() == ErrorCode.TARIFF_LIMIT && !e.fieldErrors().isEmpty()) {
            e.fieldErrors().stream().map(FieldError::message).forEach(m -> FacesMessages.error(null, "Tariff limit: " + m));
        } else {
            FacesMessages.show(e, formId, inputId);
        }
        FacesContext.getCurrentInstance().validationFailed();
    }
}
