package org.opensms.sms.web.view.cas;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.opensms.cas.api.CommandKind;
import org.opensms.sms.cas.CasCommandRequest;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.cas.CasCommandState;
import org.opensms.sms.cas.CasJournalFilter;
import org.opensms.sms.cas.CasJournalLine;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * CAS commands (/cas/commands.xhtml): issue one, and watch the journal, paged in the database and narrowed by
 * card, subscriber, command, state and dates.
 */
@Named
@ViewScoped
public class CasCommandsBacking implements Serializable {

    @Inject
    CasCommandService cas;

    private String kind = "ACTIVATE_CARD";
    private String card;
    private String text;
    private String subscriber;
    private String issuedCommandId;

    private String cardFilter;
    private String subscriberFilter;
    private String kindFilter;
    private String stateFilter;
    private LocalDate fromFilter;
    private LocalDate toFilter;

    private final LazyDataModel<CasJournalLine> journal = new JournalModel();

    /**
     * The journal may be opened narrowed (?card=...&kind=...&state=...&from=YYYY-MM-DD), as the messages page and the
     * dashboard link it. A card, kind or state the filter does not take is shown against its field, as if typed there;
     * a day that is not a date is left out.
     */
    @PostConstruct
    void readLink() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        cardFilter = params.get("card");
        kindFilter = params.get("kind");
        stateFilter = params.get("state");
        try {
            fromFilter = params.get("from") == null ? null : LocalDate.parse(params.get("from"));
        } catch (java.time.format.DateTimeParseException e) {
            fromFilter = null;
        }
    }

    public void issue() {
        try {
            issuedCommandId = cas.issue(new CasCommandRequest(kind, card, text, subscriber), Surface.CONSOLE).value();
            FacesMessages.info("Command " + issuedCommandId + " queued for the CAS");
            cardFilter = card;
        } catch (BusinessException e) {
            issuedCommandId = null;
            FacesMessages.show(e, "issue", f -> f);
        }
    }

    public LazyDataModel<CasJournalLine> getJournal() {
        return journal;
    }

    /** The filter the fields describe; errors are shown against the journal form and give an empty list. */
    private CasJournalFilter filter() {
        InputCheck check = new InputCheck();
        CasJournalFilter f = CasJournalFilter.parse(check, cardFilter, subscriberFilter, kindFilter, stateFilter,
                fromFilter == null ? null : fromFilter.toString(), toFilter == null ? null : toFilter.toString());
        check.throwIfInvalid();
        return f;
    }

    private class JournalModel extends LazyDataModel<CasJournalLine> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, cas.journalCount(filter()));
            } catch (BusinessException e) {
                FacesMessages.show(e, "journal", f -> f + "Filter");
                return 0;
            }
        }

        @Override
        public List<CasJournalLine> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            try {
                return cas.journal(filter(), new PageRequest(first, pageSize, null, false));
            } catch (BusinessException e) {
                return List.of();
            }
        }

        @Override
        public String getRowKey(CasJournalLine line) {
            return line.command().getCommandId();
        }
    }

    public List<String> getKinds() {
        return List.of("ACTIVATE_CARD", "DEACTIVATE_CARD", "SEND_OSD");
    }

    public List<String> getAllKinds() {
        return Arrays.stream(CommandKind.values()).filter(k -> k != CommandKind.QUERY_CARD).map(Enum::name).toList();
    }

    public List<String> getStates() {
        return Arrays.stream(CasCommandState.values()).map(Enum::name).toList();
    }

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCard() { return card; }
    public void setCard(String v) { card = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getSubscriber() { return subscriber; }
    public void setSubscriber(String v) { subscriber = v; }
    public String getIssuedCommandId() { return issuedCommandId; }
    public String getCardFilter() { return cardFilter; }
    public void setCardFilter(String v) { cardFilter = v; }
    public String getSubscriberFilter() { return subscriberFilter; }
    public void setSubscriberFilter(String v) { subscriberFilter = v; }
    public String getKindFilter() { return kindFilter; }
    public void setKindFilter(String v) { kindFilter = v; }
    public String getStateFilter() { return stateFilter; }
    public void setStateFilter(String v) { stateFilter = v; }
    public LocalDate getFromFilter() { return fromFilter; }
    public void setFromFilter(LocalDate v) { fromFilter = v; }
    public LocalDate getToFilter() { return toFilter; }
    public void setToFilter(LocalDate v) { toFilter = v; }
}
