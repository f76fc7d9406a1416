package org.opensms.sms.web.api.stock;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opensms.sms.stock.StockImportRefusedException;

/** A refused import: 400 with every line error (see {@link ImportErrorJson}). */
@Provider
public class StockImportExceptionMapper implements ExceptionMapper<StockImportRefusedException> {

    @Override
    public Response toResponse(StockImportRefusedException e) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(ImportErrorJson.of(e)).build();
    }
}
