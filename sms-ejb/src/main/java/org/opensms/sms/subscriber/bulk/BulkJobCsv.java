package org.opensms.sms.subscriber.bulk;

/**
 * The result file of a bulk job: one line per subscriber (position: in the uploaded list, or in the order processed), with the job's number and action:
 * {@code job,action,position,customerId,outcome,message}. Fields with commas, quotes or line breaks are quoted;
 * a field starting with =, +, - or @ is prefixed with ' so that spreadsheets do not run it.
 */
public final class BulkJobCsv {

    public static final String HEADER = "job,action,position,customerId,outcome,message\r\n";

    private BulkJobCsv() {
    }

    public static String line(BulkJob job, BulkJobResult r) {
        return job.getId() + "," + job.getAction() + "," + r.getSeq() + "," + field(r.getCustomerId()) + ","
                + r.getOutcome() + "," + field(r.getMessage()) + "\r\n";
    }

    static String field(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
