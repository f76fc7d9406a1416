/**
 * The CAS command path as the application sees it: commands are issued through the CAS resource
 * adapter inside the caller's transaction and written to an append-only journal (who asked, from
 * which surface, when); the outcomes the adapter reports (accepted, rejected, failed) are appended
 * to the same journal by {@code internal.CasEventConsumer}.
 */
package org.opensms.sms.cas;
