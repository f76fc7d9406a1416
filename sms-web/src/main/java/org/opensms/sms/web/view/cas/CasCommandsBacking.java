package org.opensms.sms.web.view.cas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.cas.CasCommandRequest;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasJournalLine;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;

/** CAS commands (/cas/commands.xhtml): issue one, and watch the journal (the newest 50, optionally for one card). */
@Named
@ViewScoped
public class CasCommandsBacking implements Serializable {

    @Inject
    CasCommandService cas;

    private String kind = "ACTIVATE_CARD";
    private String card;
    private String text;
    private String cardFilter;
    private String issuedCommandId;

    public void issue() {
        try {
            issuedCommandId = cas.issue(new CasCommandRequest(kind, card, text), Surface.CONSOLE).value();
            FacesMessages.info("Command " + issuedCommandId + " queued for the CAS");
            cardFilter = card;
        } catch (BusinessException e) {
            issuedCommandId = null;
            FacesMessages.show(e, "issue", f -> f);
        }
    }

    public List<CasJournalLine> getJournal() {
        return cas.journal(cardFilter, PageRequest.first(50));
    }

    public List<String> getKinds() {
        return List.of("ACTIVATE_CARD", "DEACTIVATE_CARD", "SEND_OSD");
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCard() { return card; }
    public void setCard(String v) { card = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getCardFilter() { return cardFilter; }
    public void setCardFilter(String v) { cardFilter = v; }
    public String getIssuedCommandId() { return issuedCommandId; }
}
