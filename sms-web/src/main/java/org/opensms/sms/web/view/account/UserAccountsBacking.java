package org.opensms.sms.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opensms.sms.security.AccountService;
import org.opensms.sms.security.Roles;
import org.opensms.sms.security.UserAccount;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.web.view.shared.FacesMessages;

/** User accounts (/account/users.xhtml), for MSO administrators: the list and a form to create one. */
@Named
@RequestScoped
public class UserAccountsBacking {

    @Inject
    AccountService accounts;

    private String username;
    private String password;
    private String role = Roles.MSO_OPERATOR;
    private List<UserAccount> list;

    public void create() {
        try {
            UserAccount a = accounts.create(username, password, role);
            FacesMessages.info("Created account " + a.getUsername() + " with role " + role);
            username = password = null;
            list = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, "create", f -> f);
        }
    }

    public List<UserAccount> getAccounts() {
        if (list == null) {
            list = accounts.list();
        }
        return list;
    }

    public List<String> getRoles() {
        return List.of(Roles.ALL);
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { username = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
}
