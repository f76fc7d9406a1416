package org.opensms.sms.catalog;

/** What a product is, which decides the tariff rules it must keep ({@link TariffRules}). */
public enum ProductKind {
    /** One channel sold alone, at most at the channel's MRP. */
    A_LA_CARTE(false),
    /** A broadcaster's bouquet of its own channels, with the broadcaster's MRP. */
    BROADCASTER_BOUQUET(true),
    /** The MSO's own package (scheme) of channels from any broadcasters. */
    MSO_PACKAGE(true),
    /** Extra channels on top of a package; an STB needs a live package or bouquet to take one. */
    ADD_ON(true),
    /** Pay-per-event: valid only for the event's fixed window, never renewed. */
    EVENT(false);

    private final boolean bouquet;

    ProductKind(boolean bouquet) {
        this.bouquet = bouquet;
    }

    /** True for the kinds the bouquet limits apply to (channel MRP cap, discount cap). */
    public boolean isBouquet() {
        return bouquet;
    }
}
