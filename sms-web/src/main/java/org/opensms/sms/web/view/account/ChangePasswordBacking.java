package org.opensms.sms.web.view.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opensms.sms.security.AccountService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.web.security.BasicCredentialCache;
import org.opensms.sms.web.view.shared.FacesMessages;

/** Change your own password (/account/password.xhtml). */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;
    @Inject
    BasicCredentialCache basicCache;

    private String currentPassword;
    private String newPassword;

    public void change() {
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
            basicCache.clear();
            FacesMessages.info("Password changed");
        } catch (BusinessException e) {
            FacesMessages.show(e, "password", f -> f);
        }
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String v) { currentPassword = v; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String v) { newPassword = v; }
}
