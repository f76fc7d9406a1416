package org.opensms.sms.web.view.lco;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoFilter;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.lco.LcoStatus;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The LCO list (/lco/list.xhtml): paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class LcoListBacking implements Serializable {

    @Inject
    LcoService lcos;

    private final LazyDataModel<Lco> model = new LcoLazyModel();

    public LazyDataModel<Lco> getModel() {
        return model;
    }

    public List<LcoStatus> getStatuses() {
        return List.of(LcoStatus.values());
    }

    /** Only administrators create and edit LCOs. */
    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.MSO_ADMIN);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object v = meta == null ? null : meta.getFilterValue();
        return v == null ? null : v.toString();
    }

    private static LcoFilter filter(Map<String, FilterMeta> filterBy) {
        InputCheck check = new InputCheck();
        LcoFilter f = LcoFilter.parse(check, text(filterBy, "code"), text(filterBy, "name"), text(filterBy, "area"),
                text(filterBy, "status"));
        check.throwIfInvalid();
        return f;
    }

    private class LcoLazyModel extends LazyDataModel<Lco> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return (int) Math.min(Integer.MAX_VALUE, lcos.count(filter(filterBy)));
            } catch (BusinessException e) {
                FacesMessages.show(e, "lcos", f -> null);
                return 0;
            }
        }

        @Override
        public List<Lco> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
            try {
                return lcos.list(filter(filterBy), new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                        sort == null || sort.getOrder() == SortOrder.ASCENDING));
            } catch (BusinessException e) {
                FacesMessages.show(e, "lcos", f -> null);
                return List.of();
            }
        }

        @Override
        public String getRowKey(Lco l) {
            return l.getCode();
        }

        @Override
        public Lco getRowData(String rowKey) {
            return lcos.findByCode(rowKey).orElse(null);
        }
    }
}
