package org.opensms.sms.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.opensms.sms.security.Roles;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.SubscriberService;

/** The dashboard (/index.xhtml): who is logged in and the headline counts their role may see. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    SecurityContext securityContext;
    @Inject
    SubscriberService subscribers;

    public String getCaller() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    public boolean isMso() {
        return securityContext.isCallerInRole(Roles.MSO_ADMIN) || securityContext.isCallerInRole(Roles.MSO_OPERATOR);
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole(Roles.MSO_ADMIN);
    }

    public long getSubscriberCount() {
        return isMso() ? subscribers.count(SubscriberFilter.ALL) : 0;
    }
}
