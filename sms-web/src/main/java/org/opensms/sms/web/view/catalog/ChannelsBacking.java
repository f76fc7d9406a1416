package org.opensms.sms.web.view.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.CatalogStatus;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.ChannelDetails;
import org.opensms.sms.catalog.ChannelPrice;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.opensms.sms.web.view.shared.Refusals;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The channel catalog (/catalog/channels.xhtml): the list paged and filtered in the database, the create dialog, and
 * one channel's MRP history with the "change MRP from a day" form. Changes are for administrators (the service
 * refuses others; the page does not offer them).
 */
@Named
@ViewScoped
public class ChannelsBacking implements Serializable {

    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;

    // filters
    private String text;
    private String broadcaster;
    private String genre;
    private String language;
    private String status;

    // the create dialog
    private String code;
    private String name;
    private String newBroadcaster;
    private String newGenre;
    private String newLanguage;
    private String definition = "SD";
    private String type = "PAY";
    private boolean mandatory;
    private String casServiceId;
    private String mrp;
    private LocalDate mrpFrom;
    private String createdCode;

    // the selected channel and its MRP form
    private Channel selected;
    private String newMrp;
    private LocalDate newMrpFrom;

    private final LazyDataModel<Channel> model = new ChannelModel();

    public void create() {
        ChannelDetails d = new ChannelDetails(code, name, newBroadcaster, newGenre, newLanguage, definition, type, mandatory,
                casServiceId, mrp, day(mrpFrom), null);
        try {
            Channel c = catalog.createChannel(d, Surface.CONSOLE);
            createdCode = c.getCode();
            FacesMessages.info("Created channel " + c.getCode() + " (" + c.getName() + ")");
            code = name = casServiceId = mrp = null;
            mrpFrom = null;
            mandatory = false;
        } catch (BusinessException e) {
            Refusals.show(e, "createForm", f -> f.equals("broadcaster") ? "newBroadcaster" : f.equals("genre") ? "newGenre"
                    : f.equals("language") ? "newLanguage" : f);
        }
    }

    /** Opens a channel's MRP history. */
    public void select(String channelCode) {
        try {
            selected = catalog.getChannel(channelCode);
            newMrp = null;
            newMrpFrom = null;
        } catch (BusinessException e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void changeMrp() {
        if (selected == null) {
            return;
        }
        try {
            selected = catalog.changeChannelMrp(selected.getCode(), newMrp, day(newMrpFrom), Surface.CONSOLE);
            FacesMessages.info("Channel " + selected.getCode() + ": MRP " + newMrp + " from "
                    + (newMrpFrom == null ? today() : newMrpFrom));
            newMrp = null;
            newMrpFrom = null;
        } catch (BusinessException e) {
            Refusals.show(e, "mrpForm", f -> f.equals("mrp") ? "newMrp" : f.equals("effectiveFrom") ? "newMrpFrom" : null);
        }
    }

    /** The MRP in force today (blank if none yet). */
    public BigDecimal mrpToday(Channel c) {
        return c.mrpOn(today()).orElse(null);
    }

    /** The MRP history, newest first. */
    public List<ChannelPrice> getPrices() {
        if (selected == null) {
            return List.of();
        }
        List<ChannelPrice> prices = new java.util.ArrayList<>(selected.getPrices());
        java.util.Collections.reverse(prices);
        return prices;
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.MSO_ADMIN);
    }

    public List<CatalogStatus> getStatuses() {
        return List.of(CatalogStatus.values());
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private CatalogFilter filter() {
        return new CatalogFilter(text, null, broadcaster, genre, language, status, null);
    }

    private class ChannelModel extends LazyDataModel<Channel> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, catalog.countChannels(filter()));
            } catch (BusinessException e) {
                FacesMessages.show(e, "channels", f -> null);
                return 0;
            }
        }

        @Override
        public List<Channel> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            try {
                return catalog.channels(filter(), new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() == SortOrder.ASCENDING));
            } catch (BusinessException e) {
                FacesMessages.show(e, "channels", f -> null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(Channel c) {
            return c.getCode();
        }

        @Override
        public Channel getRowData(String rowKey) {
            return catalog.findChannel(rowKey).orElse(null);
        }
    }

    public LazyDataModel<Channel> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getBroadcaster() { return broadcaster; }
    public void setBroadcaster(String v) { broadcaster = v; }
    public String getGenre() { return genre; }
    public void setGenre(String v) { genre = v; }
    public String getLanguage() { return language; }
    public void setLanguage(String v) { language = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNewBroadcaster() { return newBroadcaster; }
    public void setNewBroadcaster(String v) { newBroadcaster = v; }
    public String getNewGenre() { return newGenre; }
    public void setNewGenre(String v) { newGenre = v; }
    public String getNewLanguage() { return newLanguage; }
    public void setNewLanguage(String v) { newLanguage = v; }
    public String getDefinition() { return definition; }
    public void setDefinition(String v) { definition = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public boolean isMandatory() { return mandatory; }
    public void setMandatory(boolean v) { mandatory = v; }
    public String getCasServiceId() { return casServiceId; }
    public void setCasServiceId(String v) { casServiceId = v; }
    public String getMrp() { return mrp; }
    public void setMrp(String v) { mrp = v; }
    public LocalDate getMrpFrom() { return mrpFrom; }
    public void setMrpFrom(LocalDate v) { mrpFrom = v; }
    public String getCreatedCode() { return createdCode; }
    public Channel getSelected() { return selected; }
    public String getNewMrp() { return newMrp; }
    public void setNewMrp(String v) { newMrp = v; }
    public LocalDate getNewMrpFrom() { return newMrpFrom; }
    public void setNewMrpFrom(LocalDate v) { newMrpFrom = v; }
}
