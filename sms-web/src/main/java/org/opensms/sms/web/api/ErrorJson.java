package org.opensms.sms.web.api;

import java.util.List;
import org.opensms.sms.shared.BusinessException;

/** The body of every error answer of the REST API. */
public record ErrorJson(String code, String message, List<FieldErrorJson> errors) {

    public record FieldErrorJson(String field, String message) {
    }

    public static ErrorJson of(BusinessException e) {
        return new ErrorJson(e.code().name(), e.getMessage(),
                e.fieldErrors().stream().map(fe -> new FieldErrorJson(fe.field(), fe.message())).toList());
    }

    public static ErrorJson of(String code, String message) {
        return new ErrorJson(code, message, List.of());
    }
}
