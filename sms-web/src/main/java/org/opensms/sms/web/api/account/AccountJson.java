package org.opensms.sms.web.api.account;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opensms.sms.security.UserAccount;

/** A user account as the REST API shows it; never the password or its hash. */
@Schema(name = "Account")
public record AccountJson(String username, Set<String> roles, boolean enabled, Instant createdAt) {

    static AccountJson of(UserAccount a) {
        return new AccountJson(a.getUsername(), a.getRoles(), a.isEnabled(), a.getCreatedAt());
    }
}
