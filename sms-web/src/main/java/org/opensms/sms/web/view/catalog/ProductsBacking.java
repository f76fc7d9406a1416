package org.opensms.sms.web.view.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.CatalogStatus;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.catalog.ProductDetails;
import org.opensms.sms.catalog.ProductKind;
import org.opensms.sms.catalog.ProductPrice;
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
 * The products (/catalog/products.xhtml): the list paged and filtered in the database, the create dialog (channels
 * picked by code with an auto-complete), and one product's details: price history, today's channels, and the forms to
 * change its price or its channels from a day. A product that breaks a tariff limit is refused with one message per
 * broken rule, and nothing is stored. Changes are for administrators.
 */
@Named
@ViewScoped
public class ProductsBacking implements Serializable {

    /** How many suggestions an auto-complete offers. */
    static final int SUGGESTIONS = 15;

    @Inject
    CatalogService catalog;
    @Inject
    Clock clock;

    // filters
    private String text;
    private String kind;
    private String broadcaster;
    private String channel;

    // the create dialog
    private String code;
    private String name;
    private String newKind = ProductKind.BROADCASTER_BOUQUET.name();
    private String newBroadcaster;
    private String casProductId;
    private String price;
    private String mrp;
    private List<String> channels = new ArrayList<>();
    private String validityDays;
    private String eventStart;
    private String eventEnd;
    private LocalDate effectiveFrom;
    private String createdCode;

    // the selected product and its forms
    private Product selected;
    private List<Channel> selectedChannels = List.of();
    private String newPrice;
    private String newMrp;
    private LocalDate newPriceFrom;
    private List<String> newChannels = new ArrayList<>();
    private LocalDate newChannelsFrom;

    private final LazyDataModel<Product> model = new ProductModel();

    public void create() {
        ProductDetails d = new ProductDetails(code, name, newKind, newBroadcaster, casProductId, validityDays, eventStart,
                eventEnd, price, mrp, ChannelsBacking.day(effectiveFrom), List.copyOf(channels), null);
        try {
            Product p = catalog.createProduct(d, Surface.CONSOLE);
            createdCode = p.getCode();
            FacesMessages.info("Created " + p.getKind() + " " + p.getCode() + " (" + p.getName() + ")");
            code = name = casProductId = price = mrp = validityDays = eventStart = eventEnd = null;
            channels = new ArrayList<>();
            effectiveFrom = null;
        } catch (BusinessException e) {
            createdCode = null;
            Refusals.show(e, "createForm", ProductsBacking::createInput);
        }
    }

    /** Service field -> input of the create dialog (channels[2] -> channels; tariff rules go to the top). */
    static String createInput(String field) {
        if (field.startsWith("channels")) {
            return "channels";
        }
        return switch (field) {
            case "kind" -> "newKind";
            case "broadcaster" -> "newBroadcaster";
            case "code", "name", "casProductId", "price", "mrp", "validityDays", "eventStart", "eventEnd", "effectiveFrom" -> field;
            default -> null;
        };
    }

    /** Opens a product's details. */
    public void select(String productCode) {
        try {
            load(productCode);
            newPrice = newMrp = null;
            newPriceFrom = newChannelsFrom = null;
            newChannels = new ArrayList<>(selectedChannels.stream().map(Channel::getCode).toList());
        } catch (BusinessException e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    private void load(String productCode) {
        selected = catalog.getProduct(productCode);
        selectedChannels = catalog.channelsOf(selected, today());
    }

    public void changePrice() {
        try {
            catalog.changeProductPrice(selected.getCode(), newPrice, newMrp, ChannelsBacking.day(newPriceFrom), Surface.CONSOLE);
            FacesMessages.info("Product " + selected.getCode() + ": price " + newPrice + " from "
                    + (newPriceFrom == null ? today() : newPriceFrom));
            load(selected.getCode());
            newPrice = newMrp = null;
            newPriceFrom = null;
        } catch (BusinessException e) {
            Refusals.show(e, "detailsForm", f -> switch (f) {
                case "price" -> "newPrice";
                case "mrp" -> "newMrp";
                case "effectiveFrom" -> "newPriceFrom";
                default -> null;
            });
        }
    }

    public void changeChannels() {
        try {
            catalog.changeProductChannels(selected.getCode(), List.copyOf(newChannels), ChannelsBacking.day(newChannelsFrom),
                    Surface.CONSOLE);
            FacesMessages.info("Product " + selected.getCode() + " carries " + String.join(", ", newChannels) + " from "
                    + (newChannelsFrom == null ? today() : newChannelsFrom));
            load(selected.getCode());
            newChannelsFrom = null;
        } catch (BusinessException e) {
            Refusals.show(e, "detailsForm", f -> f.startsWith("channels") ? "newChannels"
                    : f.equals("effectiveFrom") ? "newChannelsFrom" : null);
        }
    }

    /** Active channel codes starting with the query or named by it, for the channel pickers. */
    public List<String> completeChannel(String query) {
        try {
            return catalog.channels(new CatalogFilter(query, null, null, null, null, CatalogStatus.ACTIVE.name(), null),
                    new PageRequest(0, SUGGESTIONS, null, true)).stream().map(Channel::getCode).toList();
        } catch (BusinessException e) {
            return List.of();
        }
    }

    /** The price in force today (null if none yet). */
    public ProductPrice priceToday(Product p) {
        return p.priceOn(today()).orElse(null);
    }

    /** The price history, newest first. */
    public List<ProductPrice> getPrices() {
        if (selected == null) {
            return List.of();
        }
        List<ProductPrice> prices = new ArrayList<>(selected.getPrices());
        Collections.reverse(prices);
        return prices;
    }

    public boolean isBouquet() {
        return selected != null && selected.getKind() == ProductKind.BROADCASTER_BOUQUET;
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.MSO_ADMIN);
    }

    public List<ProductKind> getKinds() {
        return List.of(ProductKind.values());
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private CatalogFilter filter() {
        return new CatalogFilter(text, kind, broadcaster, null, null, null, channel);
    }

    private class ProductModel extends LazyDataModel<Product> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, catalog.countProducts(filter()));
            } catch (BusinessException e) {
                FacesMessages.show(e, "products", f -> null);
                return 0;
            }
        }

        @Override
        public List<Product> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            try {
                return catalog.products(filter(), new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() == SortOrder.ASCENDING));
            } catch (BusinessException e) {
                FacesMessages.show(e, "products", f -> null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(Product p) {
            return p.getCode();
        }

        @Override
        public Product getRowData(String rowKey) {
            return catalog.findProduct(rowKey).orElse(null);
        }
    }

    public LazyDataModel<Product> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getBroadcaster() { return broadcaster; }
    public void setBroadcaster(String v) { broadcaster = v; }
    public String getChannel() { return channel; }
    public void setChannel(String v) { channel = v; }
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getNewKind() { return newKind; }
    public void setNewKind(String v) { newKind = v; }
    public String getNewBroadcaster() { return newBroadcaster; }
    public void setNewBroadcaster(String v) { newBroadcaster = v; }
    public String getCasProductId() { return casProductId; }
    public void setCasProductId(String v) { casProductId = v; }
    public String getPrice() { return price; }
    public void setPrice(String v) { price = v; }
    public String getMrp() { return mrp; }
    public void setMrp(String v) { mrp = v; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> v) { channels = v == null ? new ArrayList<>() : v; }
    public String getValidityDays() { return validityDays; }
    public void setValidityDays(String v) { validityDays = v; }
    public String getEventStart() { return eventStart; }
    public void setEventStart(String v) { eventStart = v; }
    public String getEventEnd() { return eventEnd; }
    public void setEventEnd(String v) { eventEnd = v; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate v) { effectiveFrom = v; }
    public String getCreatedCode() { return createdCode; }
    public Product getSelected() { return selected; }
    public List<Channel> getSelectedChannels() { return selectedChannels; }
    public String getNewPrice() { return newPrice; }
    public void setNewPrice(String v) { newPrice = v; }
    public String getNewMrp() { return newMrp; }
    public void setNewMrp(String v) { newMrp = v; }
    public LocalDate getNewPriceFrom() { return newPriceFrom; }
    public void setNewPriceFrom(LocalDate v) { newPriceFrom = v; }
    public List<String> getNewChannels() { return newChannels; }
    public void setNewChannels(List<String> v) { newChannels = v == null ? new ArrayList<>() : v; }
    public LocalDate getNewChannelsFrom() { return newChannelsFrom; }
    public void setNewChannelsFrom(LocalDate v) { newChannelsFrom = v; }
}
