package org.opensms.sms.catalog;

/** Picture definition of a channel; for the network capacity fee an HD channel counts as two SD channels. */
public enum Definition {
    SD(1), HD(2);

    private final int sdEquivalent;

    Definition(int sdEquivalent) {
        this.sdEquivalent = sdEquivalent;
    }

    public int sdEquivalent() {
        return sdEquivalent;
    }
}
