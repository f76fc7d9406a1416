package org.opensms.sms.web.api.lco;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoDetails;
import org.opensms.sms.lco.LcoFilter;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/** LCO master data over REST: create and update (MSO_ADMIN), read and list (MSO_ADMIN, MSO_OPERATOR). */
@RequestScoped
@Path("lcos")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "LCOs")
public class LcoResource {

    @Inject
    LcoService lcos;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an LCO", description = "Administrators only. The MSO gives the code (2 to 20 of A-Z, 0-9,"
            + " '-'), which never changes. Every bad field is reported at once; a code already taken is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LcoDetailsJson.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = LcoJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Code already taken", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response create(InputStream body) {
        InputCheck check = new InputCheck();
        LcoDetails details = LcoDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        Lco l = lcos.create(details, Surface.REST);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(l.getCode()).build()).entity(LcoJson.of(l)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an LCO", description = "Administrators only. Replaces every field but the code; an absent"
            + " status keeps the current one.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LcoDetailsJson.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LcoJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "404", description = "No such LCO", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public LcoJson update(@PathParam("code") String code, InputStream body) {
        InputCheck check = new InputCheck();
        LcoDetails details = LcoDetailsJson.read(JsonInput.read(body, check));
        check.throwIfInvalid();
        return LcoJson.of(lcos.update(code, details, Surface.REST));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One LCO by code")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LcoJson.class)))
    @APIResponse(responseCode = "404", description = "No such LCO", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public LcoJson get(@PathParam("code") String code) {
        return LcoJson.of(lcos.getByCode(code));
    }

    @GET
    @Operation(summary = "List LCOs", description = "Code, name and area match from the start without regard to case."
            + " Paged in the database; 'total' counts every match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LcoPageJson.class)))
    @APIResponse(responseCode = "400", description = "Bad filter or paging", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public LcoPageJson list(@QueryParam("code") String code, @QueryParam("name") String name,
                            @QueryParam("area") String area,
                            @Parameter(description = "ACTIVE or INACTIVE") @QueryParam("status") String status,
                            @Parameter(description = "Rows to skip, default 0") @QueryParam("offset") String offset,
                            @Parameter(description = "Rows to return, 1 to 1000, default 50") @QueryParam("limit") String limit,
                            @Parameter(description = "code, name, area or status") @QueryParam("sort") String sort,
                            @Parameter(description = "asc or desc") @QueryParam("order") String order) {
        InputCheck check = new InputCheck();
        LcoFilter filter = LcoFilter.parse(check, code, name, area, status);
        PageRequest page = PageRequest.parse(check, offset, limit, 50, sort, order);
        return new LcoPageJson(lcos.count(filter), page.offset(), page.size(),
                lcos.list(filter, page).stream().map(LcoJson::of).toList());
    }
}
