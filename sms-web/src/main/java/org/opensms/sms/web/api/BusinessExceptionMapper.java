package org.opensms.sms.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opensms.sms.shared.BusinessException;

/** A refused request: 400 for bad input, 409 for a conflict, 404 for something not there. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        return Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorJson.of(e)).build();
    }

    static int status(BusinessException e) {
        return switch (e.code().kind()) {
            case INVALID -> 400;
            case CONFLICT -> 409;
            case NOT_FOUND -> 404;
        };
    }
}
