package org.opensms.sms.web.api.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.security.AccountService;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/** User accounts over REST, for MSO administrators. */
@RequestScoped
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    /** The body of POST /accounts. */
    @Schema(name = "NewAccount")
    public record NewAccountJson(@Schema(required = true) String username,
                                 @Schema(required = true, minLength = 12) String password,
                                 @Schema(required = true, enumeration = {"MSO_ADMIN", "MSO_OPERATOR", "LCO"}) String role) {
    }

    @Inject
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user account (MSO_ADMIN only)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewAccountJson.class)))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AccountJson.class)))
    @APIResponse(responseCode = "400", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "Username taken", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public Response create(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("username", "password", "role");
        String username = in.string("username");
        String password = in.string("password");
        String role = in.string("role");
        check.throwIfInvalid();
        return Response.status(201).entity(AccountJson.of(accounts.create(username, password, role))).build();
    }

    @GET
    @Operation(summary = "All user accounts (MSO_ADMIN only)")
    public List<AccountJson> list() {
        return accounts.list().stream().map(AccountJson::of).toList();
    }
}
