package org.opensms.sms.web.api.clock;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.shared.ClockMove;
import org.opensms.sms.shared.ClockService;
import org.opensms.sms.shared.ClockState;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/**
 * The application's clock: read it (MSO staff), move it forward (administrators, on a server started with
 * {@code ./sms start --movable-clock}) for tests and trials.
 */
@RequestScoped
@Path("clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clock")
public class ClockResource {

    /** The current time, how many whole seconds it is ahead of the system time, and whether it can be moved. */
    @Schema(name = "Clock")
    public record ClockJson(Instant now, long offsetSeconds, boolean movable) {
        static ClockJson of(ClockState s) {
            return new ClockJson(s.now(), s.offset().getSeconds(), s.movable());
        }
    }

    /** Exactly one of the three. */
    @Schema(name = "ClockMove")
    public record ClockMoveJson(@Schema(description = "Days forward, 0 or more") Long advanceDays,
                                @Schema(description = "Seconds forward, 0 or more") Long advanceSeconds,
                                @Schema(description = "The instant to move to (ISO-8601), not before the clock's current time")
                                String now) {
    }

    @Inject
    ClockService clocks;

    @GET
    @Operation(summary = "The application's current time", description = "MSO staff. 'offsetSeconds' is how far the clock"
            + " was moved ahead of the system time; 'movable' whether it can be moved (server started with the movable clock).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClockJson.class)))
    public ClockJson get() {
        return ClockJson.of(clocks.current());
    }

    @DELETE
    @Operation(summary = "Set the clock back to the system time", description = "Administrators only, movable clock only"
            + " (409 otherwise): for a test that must leave a shared server as it found it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClockJson.class)))
    public ClockJson reset() {
        return ClockJson.of(clocks.reset());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the clock forward (tests and trials)", description = "Administrators only, and only on a"
            + " server started with './sms start --movable-clock' (409 otherwise). Time only moves forward; a restart of"
            + " the server brings it back to the system time.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClockMoveJson.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClockJson.class)))
    @APIResponse(responseCode = "400", description = "Bad input, or a move backwards", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "409", description = "The clock is not movable on this server", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    public ClockJson move(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly("advanceDays", "advanceSeconds", "now");
        ClockMove move = new ClockMove(in.integer("advanceDays"), in.integer("advanceSeconds"), in.string("now"));
        check.throwIfInvalid();
        return ClockJson.of(clocks.move(move));
    }
}
