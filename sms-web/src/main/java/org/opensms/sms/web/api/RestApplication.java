package org.opensms.sms.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /sms/api}. Every call needs HTTP Basic credentials of an account whose
 * role the operation allows. Errors are JSON: {@code {"code", "message", "errors":[{"field","message"}]}}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Subscriber Management System API", version = "1",
                description = "Subscribers, devices and CAS commands of a cable-TV headend. Errors are JSON objects with"
                        + " a stable code (INVALID_INPUT, DUPLICATE, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN), a message,"
                        + " and for INVALID_INPUT the fields at fault."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
