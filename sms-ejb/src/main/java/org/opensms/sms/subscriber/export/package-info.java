/**
 * Export of the subscriber list (its filters, its default order) to CSV, Excel (.xlsx) and PDF (JasperReports),
 * streamed in constant memory: {@link org.opensms.sms.subscriber.export.SubscriberExport} reads pages by keyset
 * ({@link org.opensms.sms.subscriber.export.SubscriberRows}) and one writer per format writes them as they come.
 * {@code internal.ReportCompiler} compiles the report design at build time.
 */
package org.opensms.sms.subscriber.export;
