package org.opensms.sms.web.soap;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.HandlerChain;
import jakarta.jws.WebService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opensms.sms.catalog.CatalogFilter;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.Channel;
import org.opensms.sms.catalog.NcfRuleDetails;
import org.opensms.sms.catalog.Product;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;

/**
 * The channel catalog over SOAP: channels, products (bouquets, packages, a-la-carte, add-ons, events), tariff limits
 * and NCF rules. Changes are for MSO_ADMIN, reads for MSO_ADMIN and MSO_OPERATOR (the roles are
 * {@link CatalogService}'s; a caller without one gets a FORBIDDEN fault). A change that would break a tariff limit is
 * a TARIFF_LIMIT fault with one fieldError ("tariff") per broken rule, and nothing is stored. Amounts are rupees
 * (12.50), days yyyy-mm-dd in India's calendar; prices and line-ups take effect today or later. WSDL at
 * {@code /sms/ws/CatalogService?wsdl}.
 */
@HandlerChain(file = "soap-handlers.xml")
@WebService(serviceName = "CatalogService", portName = "CatalogPort", name = "Catalog", targetNamespace = SoapNames.NAMESPACE)
public class CatalogEndpoint {

    @EJB
    CatalogService catalog;
    @Inject
    Clock clock;

    // ---- channels

    /** Creates a channel with its MRP from mrpFrom (default today); a code or CAS service id taken is DUPLICATE. */
    @WebMethod
    @WebResult(name = "channel", targetNamespace = SoapNames.NAMESPACE)
    public ChannelData createChannel(@WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) ChannelDetailsData channel)
            throws SmsFault {
        return SmsFault.call(() -> channel(catalog.createChannel(required("channel", channel).toDetails(), Surface.SOAP)));
    }

    /** New name, broadcaster, genre, language, definition, mandatory flag or status; type must stay as it is. */
    @WebMethod
    @WebResult(name = "channel", targetNamespace = SoapNames.NAMESPACE)
    public ChannelData updateChannel(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                     @WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) ChannelDetailsData channel)
            throws SmsFault {
        return SmsFault.call(() -> channel(catalog.updateChannel(code, required("channel", channel).toDetails(), Surface.SOAP)));
    }

    /** The broadcaster's new MRP from effectiveFrom (default today); TARIFF_LIMIT if a product carrying it would break a limit. */
    @WebMethod
    @WebResult(name = "channel", targetNamespace = SoapNames.NAMESPACE)
    public ChannelData changeChannelMrp(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                        @WebParam(name = "mrp", targetNamespace = SoapNames.NAMESPACE) String mrp,
                                        @WebParam(name = "effectiveFrom", targetNamespace = SoapNames.NAMESPACE) String effectiveFrom)
            throws SmsFault {
        return SmsFault.call(() -> channel(catalog.changeChannelMrp(code, mrp, effectiveFrom, Surface.SOAP)));
    }

    /** One channel with its MRP history; NOT_FOUND when unknown. */
    @WebMethod
    @WebResult(name = "channel", targetNamespace = SoapNames.NAMESPACE)
    public ChannelData getChannel(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code) throws SmsFault {
        return SmsFault.call(() -> channel(catalog.getChannel(code)));
    }

    /**
     * Channels by text (start of the code or a word of the name, any case), broadcaster, genre, language (exactly, any
     * case) and status (ACTIVE or WITHDRAWN); paged in the database (offset, limit 1 to 1000, default 50; sort code,
     * name, broadcaster, genre, language or status; order asc or desc).
     */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public ChannelPageData findChannels(@WebParam(name = "text", targetNamespace = SoapNames.NAMESPACE) String text,
                                        @WebParam(name = "broadcaster", targetNamespace = SoapNames.NAMESPACE) String broadcaster,
                                        @WebParam(name = "genre", targetNamespace = SoapNames.NAMESPACE) String genre,
                                        @WebParam(name = "language", targetNamespace = SoapNames.NAMESPACE) String language,
                                        @WebParam(name = "status", targetNamespace = SoapNames.NAMESPACE) String status,
                                        @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                        @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit,
                                        @WebParam(name = "sort", targetNamespace = SoapNames.NAMESPACE) String sort,
                                        @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order) throws SmsFault {
        return SmsFault.call(() -> {
            CatalogFilter filter = new CatalogFilter(text, null, broadcaster, genre, language, status, null);
            PageRequest page = page(filter, offset, limit, sort, order);
            ChannelPageData d = new ChannelPageData();
            d.total = catalog.countChannels(filter);
            d.offset = page.offset();
            d.limit = page.size();
            LocalDate today = today();
            catalog.channels(filter, page).forEach(c -> d.channel.add(ChannelData.of(c, today, false)));
            return d;
        });
    }

    // ---- products

    /** Creates a product with its price and channels from effectiveFrom (default today), tariff-checked. */
    @WebMethod
    @WebResult(name = "product", targetNamespace = SoapNames.NAMESPACE)
    public ProductData createProduct(@WebParam(name = "product", targetNamespace = SoapNames.NAMESPACE) ProductDetailsData product)
            throws SmsFault {
        return SmsFault.call(() -> product(catalog.createProduct(required("product", product).toDetails(), Surface.SOAP)));
    }

    /** New name, broadcaster, validityDays, event window or status. */
    @WebMethod
    @WebResult(name = "product", targetNamespace = SoapNames.NAMESPACE)
    public ProductData updateProduct(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                     @WebParam(name = "product", targetNamespace = SoapNames.NAMESPACE) ProductDetailsData product)
            throws SmsFault {
        return SmsFault.call(() -> product(catalog.updateProduct(code, required("product", product).toDetails(), Surface.SOAP)));
    }

    /** A new price (and mrp, a broadcaster bouquet only and required there) from effectiveFrom (default today), tariff-checked. */
    @WebMethod
    @WebResult(name = "product", targetNamespace = SoapNames.NAMESPACE)
    public ProductData changeProductPrice(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                          @WebParam(name = "price", targetNamespace = SoapNames.NAMESPACE) String price,
                                          @WebParam(name = "mrp", targetNamespace = SoapNames.NAMESPACE) String mrp,
                                          @WebParam(name = "effectiveFrom", targetNamespace = SoapNames.NAMESPACE) String effectiveFrom)
            throws SmsFault {
        return SmsFault.call(() -> product(catalog.changeProductPrice(code, price, mrp, effectiveFrom, Surface.SOAP)));
    }

    /** The product carries exactly these channels (channel repeated) from effectiveFrom (default today), tariff-checked. */
    @WebMethod
    @WebResult(name = "product", targetNamespace = SoapNames.NAMESPACE)
    public ProductData changeProductChannels(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code,
                                             @WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) List<String> channels,
                                             @WebParam(name = "effectiveFrom", targetNamespace = SoapNames.NAMESPACE) String effectiveFrom)
            throws SmsFault {
        return SmsFault.call(() -> product(catalog.changeProductChannels(code, channels, effectiveFrom, Surface.SOAP)));
    }

    /** One product with its price history and today's channels; NOT_FOUND when unknown. */
    @WebMethod
    @WebResult(name = "product", targetNamespace = SoapNames.NAMESPACE)
    public ProductData getProduct(@WebParam(name = "code", targetNamespace = SoapNames.NAMESPACE) String code) throws SmsFault {
        return SmsFault.call(() -> product(catalog.getProduct(code)));
    }

    /**
     * Products by text, kind, broadcaster, channel (a channel code the product carries today) and status; paged as
     * findChannels (sort code, name, kind, broadcaster or status). Listed without channels and price history.
     */
    @WebMethod
    @WebResult(name = "page", targetNamespace = SoapNames.NAMESPACE)
    public ProductPageData findProducts(@WebParam(name = "text", targetNamespace = SoapNames.NAMESPACE) String text,
                                        @WebParam(name = "kind", targetNamespace = SoapNames.NAMESPACE) String kind,
                                        @WebParam(name = "broadcaster", targetNamespace = SoapNames.NAMESPACE) String broadcaster,
                                        @WebParam(name = "channel", targetNamespace = SoapNames.NAMESPACE) String channel,
                                        @WebParam(name = "status", targetNamespace = SoapNames.NAMESPACE) String status,
                                        @WebParam(name = "offset", targetNamespace = SoapNames.NAMESPACE) String offset,
                                        @WebParam(name = "limit", targetNamespace = SoapNames.NAMESPACE) String limit,
                                        @WebParam(name = "sort", targetNamespace = SoapNames.NAMESPACE) String sort,
                                        @WebParam(name = "order", targetNamespace = SoapNames.NAMESPACE) String order) throws SmsFault {
        return SmsFault.call(() -> {
            CatalogFilter filter = new CatalogFilter(text, kind, broadcaster, null, null, status, channel);
            PageRequest page = page(filter, offset, limit, sort, order);
            ProductPageData d = new ProductPageData();
            d.total = catalog.countProducts(filter);
            d.offset = page.offset();
            d.limit = page.size();
            LocalDate today = today();
            catalog.products(filter, page).forEach(p -> d.product.add(ProductData.of(p, today)));
            return d;
        });
    }

    // ---- tariff limits and NCF

    /** Every set of tariff limits, oldest first; the one in force on a day is the latest from that day or before. */
    @WebMethod
    @WebResult(name = "limits", targetNamespace = SoapNames.NAMESPACE)
    public List<TariffLimitsData> getTariffLimits() throws SmsFault {
        return SmsFault.call(() -> catalog.tariffLimits().stream().map(TariffLimitsData::of).toList());
    }

    /**
     * Records limits from effectiveFrom (today or later; limits for the same future day are replaced). Products are
     * not refused by new limits: the answer names every product that breaks them on that day ({@code violation}).
     */
    @WebMethod
    @WebResult(name = "violation", targetNamespace = SoapNames.NAMESPACE)
    public List<String> setTariffLimits(@WebParam(name = "limits", targetNamespace = SoapNames.NAMESPACE) TariffLimitsDetailsData limits)
            throws SmsFault {
        return SmsFault.call(() -> catalog.setTariffLimits(required("limits", limits).toDetails(), Surface.SOAP));
    }

    /** Every NCF rule, oldest first. */
    @WebMethod
    @WebResult(name = "rule", targetNamespace = SoapNames.NAMESPACE)
    public List<NcfRuleData> getNcfRules() throws SmsFault {
        return SmsFault.call(() -> catalog.ncfRules().stream().map(NcfRuleData::of).toList());
    }

    /** A new NCF rule (rules are never edited: a later or more specific rule takes over). */
    @WebMethod
    @WebResult(name = "rule", targetNamespace = SoapNames.NAMESPACE)
    public NcfRuleData addNcfRule(@WebParam(name = "rule", targetNamespace = SoapNames.NAMESPACE) NcfRuleDetailsData rule)
            throws SmsFault {
        return SmsFault.call(() -> NcfRuleData.of(catalog.addNcfRule(required("rule", rule).toDetails(), Surface.SOAP)));
    }

    /**
     * What-if NCF of a home in the state (two-letter code) of the customer class (default RESIDENTIAL) on the day
     * (default today), for TVs with these SD-equivalent channel counts (sdChannels repeated, the main TV first).
     */
    @WebMethod
    @WebResult(name = "quote", targetNamespace = SoapNames.NAMESPACE)
    public NcfQuoteData quoteNcf(@WebParam(name = "state", targetNamespace = SoapNames.NAMESPACE) String state,
                                 @WebParam(name = "customerClass", targetNamespace = SoapNames.NAMESPACE) String customerClass,
                                 @WebParam(name = "day", targetNamespace = SoapNames.NAMESPACE) String day,
                                 @WebParam(name = "sdChannels", targetNamespace = SoapNames.NAMESPACE) List<String> sdChannels)
            throws SmsFault {
        return SmsFault.call(() -> NcfQuoteData.of(catalog.ncfQuote(state, customerClass, day, "sdChannels", sdChannels)));
    }

    // ---- mapping

    private ChannelData channel(Channel c) {
        return ChannelData.of(c, today(), true);
    }

    private ProductData product(Product p) {
        LocalDate today = today();
        return ProductData.of(p, today, catalog.channelsOf(p, today));
    }

    /** The paging, refused together with any bad filter field so that one fault names them all. */
    private static PageRequest page(CatalogFilter filter, String offset, String limit, String sort, String order) {
        InputCheck check = new InputCheck();
        try {
            filter.check();
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(fe -> check.add(fe.field(), fe.message()));
        }
        return PageRequest.parse(check, offset, limit, 50, sort, order);
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
