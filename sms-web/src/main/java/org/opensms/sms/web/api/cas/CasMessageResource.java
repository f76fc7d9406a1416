package org.opensms.sms.web.api.cas;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasMessageRequest;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.api.ErrorJson;
import org.opensms.sms.web.api.JsonInput;

/** Messages to set-top boxes through the CAS over REST: on-screen displays, mails and fingerprints. */
@RequestScoped
@Path("cas/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CAS commands")
public class CasMessageResource {

    /** The fields of a message body besides the options, which {@link CasMessageRequest} lists per kind. */
    static final String[] FIELDS = {"kind", "target", "subscriber", "text", "position", "durationSeconds", "repetitions",
            "forced", "subject", "body", "mode", "x", "y", "fontSize", "foreground", "background", "showStbNumber",
            "showCardNumber", "message"};

    @Inject
    CasCommandService cas;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an on-screen display, a mail or a fingerprint",
            description = "Body: {\"kind\": \"SEND_OSD\" | \"SEND_MAIL\" | \"FINGERPRINT\", \"target\": \"card:NUMBER\" |"
                    + " \"group:GROUP\" | \"all\" | \"service:ID\" (fingerprints only, ECM-based), \"subscriber\" (optional"
                    + " customer ID), options}. SEND_OSD: text (1-512), position (TOP, BOTTOM, CENTER, TOP_LEFT, TOP_RIGHT,"
                    + " BOTTOM_LEFT, BOTTOM_RIGHT or SCROLL_BOTTOM; default BOTTOM; TRAI allows scrolling only in the lower"
                    + " part of the screen), durationSeconds (1-86400,"
                    + " default 30), repetitions (1-1000, default 1), forced (default false). SEND_MAIL: subject (1-128),"
                    + " body (1-4096). FINGERPRINT: mode (OVERT or COVERT, default OVERT), x and y (percent, 0-100, default"
                    + " 5), fontSize (8-72, default 24), foreground and background (#RRGGBB or #AARRGGBB, default #FFFFFF"
                    + " and #000000), durationSeconds (1-3600, default 10), showStbNumber and showCardNumber (default"
                    + " true), message (up to 64). An option of another kind is refused. Only an MSO administrator may"
                    + " send to all or to a service (403 otherwise). Answers 202 with the command id; the outcome arrives"
                    + " in the journal (GET /api/cas/commands).")
    @APIResponse(responseCode = "202", description = "{commandId}")
    @APIResponse(responseCode = "400", description = "Every bad field named", content = @Content(schema = @Schema(implementation = ErrorJson.class)))
    @APIResponse(responseCode = "403", description = "To all or to a service, by a caller who is not an MSO administrator")
    public Response send(InputStream body) {
        InputCheck check = new InputCheck();
        JsonInput in = JsonInput.read(body, check).allowOnly(FIELDS);
        CasMessageRequest request = new CasMessageRequest(in.string("kind"), in.string("target"), in.string("subscriber"),
                in.string("text"), in.string("position"), whole(in, check, "durationSeconds"), whole(in, check, "repetitions"),
                in.bool("forced"), in.string("subject"), in.string("body"), in.string("mode"), whole(in, check, "x"),
                whole(in, check, "y"), whole(in, check, "fontSize"), in.string("foreground"), in.string("background"),
                in.bool("showStbNumber"), in.bool("showCardNumber"), in.string("message"));
        check.throwIfInvalid();
        return Response.accepted(Map.of("commandId", cas.send(request, Surface.REST).value())).build();
    }

    /** A whole number within int; one beyond it is named here with its own value (every option's range is far smaller). */
    private static Integer whole(JsonInput in, InputCheck check, String field) {
        Long v = in.integer(field);
        if (v != null && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
            check.add(field, "is out of range, got " + v);
            return null;
        }
        return v == null ? null : v.intValue();
    }
}
