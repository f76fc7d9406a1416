package org.opensms.sms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One authentication mechanism for the whole WAR (Jakarta Security 3.0 allows one per application):
 * <ul>
 *   <li>REST ({@code /api/*}) and SOAP ({@code /ws/*}): HTTP Basic on every request, no session;
 *       a missing or wrong credential gets 401 with a Basic challenge and the same message for a
 *       wrong username or a wrong password.</li>
 *   <li>Consoles (everything else): form login through {@code /login.xhtml}, which calls
 *       {@code SecurityContext.authenticate}; the caller is then kept in the HTTP session, whose id
 *       is changed at login. Unauthenticated requests for protected pages go to the login page.</li>
 * </ul>
 * Which pages need which role is declared in web.xml.
 */
@ApplicationScoped
public class SmsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "sms.caller";
    static final String SAVED_URL = "sms.login.continue";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final String REALM = "SMS";

    @Inject
    IdentityStoreHandler identityStore;
    @Inject
    BasicCredentialCache basicCache;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/ws/")) {
            return basic(request, response, context);
        }
        return console(request, response, context);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected() ? challenge(response, context, "authentication required") : context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context, "malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return challenge(response, context, "malformed Basic credentials");
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Optional<SessionCaller> cached = basicCache.find(username, password);
        if (cached.isPresent()) {
            return context.notifyContainerAboutLogin(cached.get().name(), cached.get().groups());
        }
        CredentialValidationResult result = identityStore.validate(new UsernamePasswordCredential(username, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context, "invalid username or password");
        }
        basicCache.remember(username, password, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context, String reason) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        try {
            response.getWriter().write("{\"code\":\"UNAUTHENTICATED\",\"message\":\"" + reason + "\"}");
        } catch (IOException e) {
            // the status and challenge are already set; the body is a courtesy
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus console(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String login = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return ajaxRedirect(response, login);
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SAVED_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        return context.redirect(login);
    }

    /** An expired session during an AJAX request: tell the Faces client to go to the login page. */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String url) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"/></partial-response>");
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Where to go after login: the page first asked for, or the dashboard. Consumed once. */
    public static String continueUrl(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object saved = session == null ? null : session.getAttribute(SAVED_URL);
        if (session != null) {
            session.removeAttribute(SAVED_URL);
        }
        return saved instanceof String s ? s : request.getContextPath() + "/index.xhtml";
    }
}
