package org.opensms.sms.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;

/**
 * A refused request: 400 for bad input, 409 for a conflict, 404 for something not there, 503 with
 * Retry-After when another transaction held the same records (nothing was changed; try again).
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        Response.ResponseBuilder r = Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(e));
        return e.code().kind() == ErrorCode.Kind.BUSY ? r.header("Retry-After", "1").build() : r.build();
    }

    static int status(BusinessException e) {
        return switch (e.code().kind()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
            case BUSY -> 503;
            case FORBIDDEN -> 403;
        };
    }
}
