package org.opensms.sms.web.view.cas;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opensms.sms.cas.reconciliation.ReconciliationDifference;
import org.opensms.sms.cas.reconciliation.ReconciliationRun;
import org.opensms.sms.cas.reconciliation.ReconciliationService;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * CAS reconciliation (/cas/reconciliation.xhtml): the runs, newest first, with their counts; start one
 * (administrators); the differences of the selected run, and its CSV report for auditors.
 */
@Named
@ViewScoped
public class ReconciliationBacking implements Serializable {

    static final int SHOWN_DIFFERENCES = 500;

    @Inject
    ReconciliationService reconciliation;

    private Long selected;

    public void start() {
        try {
            ReconciliationRun run = reconciliation.start();
            selected = run.getId();
            FacesMessages.info("Reconciliation run " + run.getId() + " started");
        } catch (BusinessException e) {
            FacesMessages.show(e, "runs", f -> null);
        }
    }

    public List<ReconciliationRun> getRuns() {
        return reconciliation.runs(PageRequest.first(20));
    }

    public ReconciliationRun getSelectedRun() {
        return selected == null ? null : reconciliation.run(selected).orElse(null);
    }

    public void setSelectedRun(ReconciliationRun run) {
        if (run != null) {
            selected = run.getId();
        }
    }

    public List<ReconciliationDifference> getDifferences() {
        return selected == null ? List.of() : reconciliation.differences(selected, PageRequest.first(SHOWN_DIFFERENCES));
    }

    public long getDifferenceCount() {
        return selected == null ? 0 : reconciliation.differenceCount(selected);
    }

    public StreamedContent getReport() {
        long run = selected;
        return DefaultStreamedContent.builder().name("cas-reconciliation-" + run + ".csv").contentType("text/csv")
                .writer(out -> reconciliation.writeReport(run, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))))
                .build();
    }

    public Long getSelected() { return selected; }
    public void setSelected(Long v) { selected = v; }
}
