package org.opensms.sms.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opensms.sms.shared.LockConflict;

/**
 * Everything that is not a business refusal still answers in the API's JSON error form: HTTP errors
 * raised by the REST runtime keep their status; a role the caller lacks is 403; anything else is a
 * 500 with a reference that is also written, once, to the server log with the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return json(status, ErrorJson.of(codeFor(status), wae.getMessage()));
        }
        if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return json(403, ErrorJson.of("FORBIDDEN", "your role does not allow this operation"));
        }
        if (LockConflict.in(e)) {
            // the transaction was rolled back whole: nothing was written and the CAS was told nothing
            LOG.log(Level.INFO, "Request rolled back on a lock conflict: " + e);
            return new BusinessExceptionMapper().toResponse(LockConflict.busy());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
        return json(500, ErrorJson.of("INTERNAL_ERROR", "unexpected error; reference " + reference + " in the server log"));
    }

    private static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "INVALID_INPUT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
    }
}
