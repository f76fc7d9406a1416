package org.opensms.sms.web.view.subscriber;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.subscriber.SubscriberFilter;
import org.opensms.sms.subscriber.bulk.BulkAction;
import org.opensms.sms.subscriber.bulk.BulkJob;
import org.opensms.sms.subscriber.bulk.BulkJobService;
import org.opensms.sms.subscriber.bulk.BulkTarget;
import org.opensms.sms.subscriber.bulk.CustomerIdList;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Bulk suspend / resume (/subscriber/bulk.xhtml): choose the action, the target (an uploaded list, an LCO, an area
 * or a filter) and the reason; start; watch the selected job's progress bar; download its result as CSV.
 */
@Named
@ViewScoped
public class BulkJobsBacking implements Serializable {

    @Inject
    BulkJobService jobs;

    private String action = BulkAction.SUSPEND.name();
    private String targetKind = BulkTarget.Kind.LCO.name();
    private String lco;
    private String area;
    private String customerId;
    private String name;
    private String city;
    private String mobile;
    private String state;
    private String filterLco;
    private String filterArea;
    private String stb;
    private String card;
    private String status;
    private String reason;
    private List<String> uploaded;
    private String fileName;
    private List<FieldError> fileErrors = List.of();
    private Long selected;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        uploaded = null;
        fileErrors = List.of();
        try (InputStream in = file.getInputStream()) {
            uploaded = CustomerIdList.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            FacesMessages.info(fileName + ": " + uploaded.size() + " customer IDs read");
        } catch (BusinessException e) {
            fileErrors = e.fieldErrors();
            FacesMessages.error(null, fileName + " was refused: fix the lines listed below and upload it again");
        } catch (IOException e) {
            FacesMessages.error(null, fileName + " could not be read: " + e.getMessage());
        }
    }

    public void start() {
        try {
            BulkTarget target = switch (BulkTarget.Kind.valueOf(targetKind)) {
                case LIST -> {
                    if (uploaded == null) {
                        throw new org.opensms.sms.shared.InvalidInputException("file", "upload a list first");
                    }
                    yield BulkTarget.list(uploaded);
                }
                case LCO -> BulkTarget.lco(lco);
                case AREA -> BulkTarget.area(area);
                case FILTER -> {
                    InputCheck check = new InputCheck();
                    SubscriberFilter f = SubscriberFilter.parse(check, customerId, name, mobile, city, state, status, filterLco,
                            filterArea, stb, card);
                    check.throwIfInvalid();
                    yield BulkTarget.filter(f);
                }
            };
            BulkJob job = jobs.start(BulkAction.valueOf(action), target, reason, Surface.CONSOLE);
            selected = job.getId();
            FacesMessages.info("Bulk job " + job.getId() + " started: " + job.getAction() + " " + job.getTarget());
        } catch (BusinessException e) {
            FacesMessages.show(e, "bulk", f -> null);
        }
    }

    public List<BulkJob> getJobs() {
        return jobs.jobs(PageRequest.first(20));
    }

    public BulkJob getSelectedJob() {
        return selected == null ? null : jobs.job(selected).orElse(null);
    }

    public void setSelectedJob(BulkJob job) {
        if (job != null) {
            selected = job.getId();
        }
    }

    /** The selected job's percent done, for the progress bar. */
    public int getProgress() {
        BulkJob job = getSelectedJob();
        return job == null ? 0 : job.getPercent();
    }

    public StreamedContent getResult() {
        long job = selected;
        return DefaultStreamedContent.builder().name("bulk-job-" + job + ".csv").contentType("text/csv")
                .writer(out -> jobs.writeResults(job, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))))
                .build();
    }

    public BulkAction[] getActions() { return BulkAction.values(); }
    public BulkTarget.Kind[] getTargetKinds() { return BulkTarget.Kind.values(); }
    public int getMaxIds() { return CustomerIdList.MAX_IDS; }

    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getTargetKind() { return targetKind; }
    public void setTargetKind(String v) { targetKind = v; }
    public String getLco() { return lco; }
    public void setLco(String v) { lco = v; }
    public String getArea() { return area; }
    public void setArea(String v) { area = v; }
    public String getCustomerId() { return customerId; }
    public void setCustomerId(String v) { customerId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getState() { return state; }
    public void setState(String v) { state = v; }
    public String getFilterLco() { return filterLco; }
    public void setFilterLco(String v) { filterLco = v; }
    public String getFilterArea() { return filterArea; }
    public void setFilterArea(String v) { filterArea = v; }
    public String getStb() { return stb; }
    public void setStb(String v) { stb = v; }
    public String getCard() { return card; }
    public void setCard(String v) { card = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getFileName() { return fileName; }
    public int getUploadedCount() { return uploaded == null ? 0 : uploaded.size(); }
    public List<FieldError> getFileErrors() { return fileErrors; }
    public Long getSelected() { return selected; }
    public void setSelected(Long v) { selected = v; }
}
