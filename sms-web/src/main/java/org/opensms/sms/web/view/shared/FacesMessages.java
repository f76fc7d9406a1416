package org.opensms.sms.web.view.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.FieldError;

/** Shows a business refusal on a page: each field error next to its input, the rest at the top. */
public final class FacesMessages {

    private FacesMessages() {
    }

    /**
     * @param inputId turns a field name from the service (e.g. {@code billingAddress.pinCode}) into
     *                the id of the page's input for it, or null when the page has none
     */
    public static void show(BusinessException e, String formId, Function<String, String> inputId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e.fieldErrors().isEmpty()) {
            error(null, e.getMessage());
            return;
        }
        UIComponent form = faces.getViewRoot().findComponent(formId);
        for (FieldError fe : e.fieldErrors()) {
            String id = inputId.apply(fe.field());
            UIComponent input = id == null || form == null ? null : form.findComponent(id);
            if (input == null) {
                error(null, fe.toString());
            } else {
                faces.addMessage(input.getClientId(faces),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, fe.message(), fe.message()));
            }
        }
        faces.validationFailed();
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }
}
