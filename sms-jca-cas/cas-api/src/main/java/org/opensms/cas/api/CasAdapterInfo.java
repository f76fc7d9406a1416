package org.opensms.cas.api;

/** Names shared by the adapter and its users. */
public final class CasAdapterInfo {

    /** Module name of the embedded RAR inside the EAR, used as {@code #cas-rar} in resource definitions. */
    public static final String RAR_MODULE = "cas-rar";

    private CasAdapterInfo() {
    }
}
