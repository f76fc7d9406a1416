package org.opensms.sms.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.opensms.sms.security.internal.AccountRepository;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;

/** User accounts: created by an MSO administrator; every user may change their own password. */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed(Roles.MSO_ADMIN)
public class AccountService {

    @Inject
    AccountRepository accounts;
    @Inject
    Pbkdf2PasswordHash passwordHash;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    @PostConstruct
    void configureHashing() {
        PasswordHashing.configure(passwordHash);
    }

    public UserAccount create(String username, String password, String role) {
        InputCheck check = new InputCheck();
        String u = PasswordPolicy.username(check, username);
        PasswordPolicy.password(check, "password", password, username);
        if (role == null || Arrays.stream(Roles.ALL).noneMatch(role::equals)) {
            check.add("role", "must be one of " + String.join(", ", Roles.ALL) + ", got '" + role + "'");
        }
        check.throwIfInvalid();
        if (accounts.find(u).isPresent()) {
            throw new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("username", "is already taken")));
        }
        UserAccount account = new UserAccount(u, passwordHash.generate(password.toCharArray()), Set.of(role), clock.instant());
        accounts.add(account);
        return account;
    }

    public List<UserAccount> list() {
        return accounts.all();
    }

    /** Changes the caller's own password after checking the current one. */
    @RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String me = session.getCallerPrincipal().getName();
        UserAccount account = accounts.find(me).orElseThrow(() ->
                new BusinessException(ErrorCode.NOT_FOUND, "no account for the caller"));
        InputCheck check = new InputCheck();
        if (currentPassword == null || !passwordHash.verify(currentPassword.toCharArray(), account.passwordHash())) {
            check.add("currentPassword", "is not the current password");
        }
        PasswordPolicy.password(check, "newPassword", newPassword, me);
        check.throwIfInvalid();
        account.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
    }
}
