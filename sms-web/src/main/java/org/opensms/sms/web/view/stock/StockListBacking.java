package org.opensms.sms.web.view.stock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceMovement;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockFilter;
import org.opensms.sms.pairing.PairingService;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The stock list (/stock/list.xhtml): set-top boxes or smart cards, paged and filtered in the database, the counts
 * per state, and actions on the selected rows (all or nothing, as the service does them).
 */
@Named
@ViewScoped
public class StockListBacking implements Serializable {

    @Inject
    StockService stock;
    @Inject
    PairingService pairing;

    private DeviceType type = DeviceType.STB;
    private final LazyDataModel<StockDevice> model = new DeviceLazyModel();
    private List<StockDevice> selected = new ArrayList<>();
    private String lco;
    private String reason;
    private String historySerial;
    private List<DeviceMovement> history = List.of();
    private Map<DeviceState, Long> counts;

    public void allocate() {
        move("allocate", lco, "allocated");
    }

    public void returnToWarehouse() {
        move("return", null, "returned to the warehouse");
    }

    public void markFaulty() {
        move("faulty", null, "marked faulty");
    }

    public void sendForRepair() {
        move("repair", null, "sent for repair");
    }

    public void backFromRepair() {
        move("repaired", null, "back from repair");
    }

    public void blacklist() {
        move("blacklist", null, "blacklisted");
    }

    private List<String> serials() {
        return selected == null ? List.of() : selected.stream().map(StockDevice::getSerial).toList();
    }

    /**
     * One move of the selected devices, through {@link PairingService#moveStock} as REST and SOAP: a paired device
     * moves only through pairing, and a blacklisted card is blacklisted in the CAS too.
     */
    private void move(String action, String toLco, String done) {
        try {
            int n = pairing.moveStock(type, serials(), action, toLco, reason, Surface.CONSOLE).size();
            FacesMessages.info(n + " " + type.label() + (n == 1 ? "" : "s") + " " + done);
            selected = new ArrayList<>();
            reason = null;
            counts = null;
        } catch (BusinessException e) {
            FacesMessages.show(e, "stock", f -> null);
        }
    }

    /** Shows the movement history of one device (the row's serial). */
    public void showHistory(String serial) {
        try {
            historySerial = serial;
            history = stock.history(type, serial);
        } catch (BusinessException e) {
            history = List.of();
            FacesMessages.show(e, "stock", f -> null);
        }
    }

    /** Devices of the chosen type per state; counted again after each action and when the type changes. */
    public Map<DeviceState, Long> getCounts() {
        if (counts == null) {
            counts = stock.countByState(type, null);
        }
        return counts;
    }

    public List<DeviceState> getStates() {
        return List.of(DeviceState.values());
    }

    public List<DeviceType> getTypes() {
        return List.of(DeviceType.values());
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object v = meta == null ? null : meta.getFilterValue();
        return v == null ? null : v.toString();
    }

    private class DeviceLazyModel extends LazyDataModel<StockDevice> {

        private StockFilter filter(Map<String, FilterMeta> filterBy) {
            InputCheck check = new InputCheck();
            StockFilter f = StockFilter.parse(check, text(filterBy, "state"), text(filterBy, "lco"), text(filterBy, "lot"),
                    text(filterBy, "serial"));
            check.throwIfInvalid();
            return f;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, stock.count(type, filter(filterBy)));
            } catch (BusinessException e) {
                FacesMessages.show(e, "stock", f -> null);
                return 0;
            }
        }

        @Override
        public List<StockDevice> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            try {
                return stock.list(type, filter(filterBy), new PageRequest(first, pageSize,
                        sort == null ? null : sort.getField(), sort == null || sort.getOrder() == SortOrder.ASCENDING));
            } catch (BusinessException e) {
                FacesMessages.show(e, "stock", f -> null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(StockDevice d) {
            return d.getSerial();
        }

        @Override
        public StockDevice getRowData(String rowKey) {
            return stock.find(type, rowKey).orElse(null);
        }
    }

    public LazyDataModel<StockDevice> getModel() { return model; }
    public String getType() { return type.name(); }
    public void setType(String v) { type = DeviceType.parse(v); selected = new ArrayList<>(); counts = null; }
    public String getIdLabel() { return type == DeviceType.STB ? "Serial" : "Card number"; }
    public boolean isStb() { return type == DeviceType.STB; }
    public List<StockDevice> getSelected() { return selected; }
    public void setSelected(List<StockDevice> v) { selected = v; }
    public String getLco() { return lco; }
    public void setLco(String v) { lco = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getHistorySerial() { return historySerial; }
    public List<DeviceMovement> getHistory() { return history; }
}
