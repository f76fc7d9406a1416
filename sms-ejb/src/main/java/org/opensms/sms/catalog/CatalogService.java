package org.opensms.sms.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensms.sms.catalog.internal.CatalogRepository;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessCalendar;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;

/**
 * The catalog: channels, products, tariff limits and NCF rules. Administrators change it; MSO staff read it. Each
 * call is one transaction. Every change that could break a tariff limit (a product's price or channels, a channel's
 * MRP) is checked against the limits in force on the day it takes effect ({@link TariffRules}) and refused with
 * every broken rule named; nothing is stored then. Prices and line-ups take effect today or later, never in the past.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class CatalogService {

    @Inject
    CatalogRepository repository;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    public CatalogService() {
    }

    /** For use outside the container (persistence tests). */
    public CatalogService(CatalogRepository repository, Clock clock, SessionContext session) {
        this.repository = repository;
        this.clock = clock;
        this.session = session;
    }

    // ---- channels

    @RolesAllowed(Roles.MSO_ADMIN)
    public Channel createChannel(ChannelDetails details, Surface via) {
        ChannelDetails.Checked d = details.check(true);
        LocalDate today = today();
        LocalDate from = d.mrpFrom() == null ? today : d.mrpFrom();
        if (from.isBefore(today)) {
            throw new org.opensms.sms.shared.InvalidInputException("mrpFrom", "must be today (" + today + ") or later, got " + from);
        }
        if (repository.channel(d.code()).isPresent()) {
            throw duplicate("code", "channel " + d.code() + " already exists");
        }
        repository.channelByCasService(d.casServiceId()).ifPresent(c -> {
            throw duplicate("casServiceId", "CAS service " + d.casServiceId() + " is already channel " + c.getCode() + "'s");
        });
        Channel c = new Channel(d, from, clock.instant(), caller(), via);
        repository.add(c);
        flush("uk_channel_code", "code", "channel " + d.code() + " already exists");
        return c;
    }

    /** New name, broadcaster, genre, language, definition, mandatory flag or status (not code, type, CAS service, MRP). */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Channel updateChannel(String code, ChannelDetails details, Surface via) {
        Channel c = getChannel(code);
        ChannelDetails.Checked d = details.check(false);
        if (d.pay() != c.isPay()) {
            throw new org.opensms.sms.shared.InvalidInputException("type", "cannot change from " + (c.isPay() ? "PAY" : "FREE")
                    + ": create a new channel for a channel that changes between free and pay");
        }
        c.update(d, clock.instant(), caller(), via);
        return c;
    }

    /**
     * The broadcaster's new MRP for the channel from a day (default today). Refused when a product carrying the
     * channel then would break a tariff limit with it (each product and rule named).
     */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Channel changeChannelMrp(String code, String mrp, String from, Surface via) {
        Channel c = getChannel(code);
        InputCheck check = new InputCheck();
        BigDecimal m = check.amount("mrp", check.required("mrp", mrp, 20));
        LocalDate day = check.date("effectiveFrom", from);
        if (m != null && !c.isPay() && m.signum() != 0) {
            check.add("mrp", "must be 0 for a free-to-air channel");
        }
        if (m != null && c.isPay() && m.signum() == 0) {
            check.add("mrp", "must be more than 0 for a pay channel");
        }
        check.throwIfInvalid();
        LocalDate today = today();
        LocalDate effective = notPast("effectiveFrom", day, today);
        c.changeMrp(m, effective, today, clock.instant(), caller(), via);
        List<String> broken = new ArrayList<>();
        for (Product p : repository.productsCarrying(c.getId(), effective)) {
            broken.addAll(violations(p, effective));
        }
        refuseIfBroken(broken);
        return c;
    }

    public Optional<Channel> findChannel(String code) {
        return code == null || code.isBlank() ? Optional.empty() : repository.channel(code.strip().toUpperCase(Locale.ROOT));
    }

    public Channel getChannel(String code) {
        return findChannel(code).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no channel with code '" + code + "'"));
    }

    public List<Channel> channels(CatalogFilter filter, PageRequest page) {
        return repository.listChannels(filter.check(), page);
    }

    public long countChannels(CatalogFilter filter) {
        return repository.countChannels(filter.check());
    }

    // ---- products

    /** Creates a product with its price and channels from {@code effectiveFrom} (default today), tariff-checked. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Product createProduct(ProductDetails details, Surface via) {
        ProductDetails.Checked d = details.check(null);
        LocalDate today = today();
        LocalDate from = notPast("effectiveFrom", d.effectiveFrom(), today);
        if (repository.product(d.code()).isPresent()) {
            throw duplicate("code", "product " + d.code() + " already exists");
        }
        repository.productByCasProduct(d.casProductId()).ifPresent(p -> {
            throw duplicate("casProductId", "CAS product " + d.casProductId() + " is already product " + p.getCode() + "'s");
        });
        List<Channel> channels = channelsNamed(d.channels());
        ProductDetails.Checked withBroadcaster = d;
        if (d.kind() == ProductKind.A_LA_CARTE && d.broadcaster() == null) {
            withBroadcaster = new ProductDetails.Checked(d.code(), d.name(), d.kind(), channels.get(0).getBroadcaster(),
                    d.casProductId(), d.validityDays(), d.eventStart(), d.eventEnd(), d.price(), d.mrp(), d.effectiveFrom(),
                    d.channels(), d.status());
        }
        Product p = new Product(withBroadcaster, channels.stream().map(Channel::getId).toList(), from, clock.instant(), caller(), via);
        refuseIfBroken(violations(p, from));
        repository.add(p);
        flush("uk_product_code", "code", "product " + d.code() + " already exists");
        return p;
    }

    /** New name, broadcaster, validity, event window or status. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Product updateProduct(String code, ProductDetails details, Surface via) {
        Product p = getProduct(code);
        ProductDetails.Checked d = details.check(p.getKind());
        p.update(d, clock.instant(), caller(), via);
        refuseIfBroken(violations(p, today()));
        return p;
    }

    /** A new price (and MRP for a broadcaster bouquet) from a day (default today), tariff-checked on that day. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Product changeProductPrice(String code, String price, String mrp, String from, Surface via) {
        Product p = getProduct(code);
        InputCheck check = new InputCheck();
        BigDecimal pr = check.amount("price", check.required("price", price, 20));
        BigDecimal m = check.amount("mrp", mrp);
        if (p.getKind() == ProductKind.BROADCASTER_BOUQUET && m == null && !check.hasErrors()) {
            check.add("mrp", "is required for a broadcaster bouquet (the broadcaster's MRP)");
        } else if (p.getKind() != ProductKind.BROADCASTER_BOUQUET && m != null) {
            check.add("mrp", "only a broadcaster bouquet has an MRP of its own");
        }
        LocalDate day = check.date("effectiveFrom", from);
        check.throwIfInvalid();
        LocalDate today = today();
        LocalDate effective = notPast("effectiveFrom", day, today);
        p.changePrice(pr, m, effective, today, clock.instant(), caller(), via);
        refuseIfBroken(violations(p, effective));
        return p;
    }

    /** The product carries exactly these channels from a day (default today), tariff-checked on that day. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Product changeProductChannels(String code, List<String> channelCodes, String from, Surface via) {
        Product p = getProduct(code);
        InputCheck check = new InputCheck();
        Set<String> codes = ProductDetails.channelCodes(check, channelCodes, p.getKind());
        LocalDate day = check.date("effectiveFrom", from);
        check.throwIfInvalid();
        LocalDate effective = notPast("effectiveFrom", day, today());
        List<Channel> channels = channelsNamed(codes);
        p.changeChannels(channels.stream().map(Channel::getId).toList(), effective, clock.instant(), caller(), via);
        refuseIfBroken(violations(p, effective));
        return p;
    }

    public Optional<Product> findProduct(String code) {
        return code == null || code.isBlank() ? Optional.empty() : repository.product(code.strip().toUpperCase(Locale.ROOT));
    }

    public Product getProduct(String code) {
        return findProduct(code).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no product with code '" + code + "'"));
    }

    /** The product by its id, for the system (the expiry and renewal run, which acts for no person). */
    @PermitAll
    public Product productById(Long id) {
        return repository.productById(id);
    }

    /** The products by their ids (with prices and line-ups), for the system: the expiry and renewal run's chunks. */
    @PermitAll
    public List<Product> productsById(Collection<Long> ids) {
        return repository.productsById(ids);
    }

    /** The channels by their ids, for the system. */
    @PermitAll
    public List<Channel> channelsById(Collection<Long> ids) {
        return repository.channels(ids);
    }

    public List<Product> products(CatalogFilter filter, PageRequest page) {
        return repository.listProducts(filter.check(), today(), page);
    }

    public long countProducts(CatalogFilter filter) {
        return repository.countProducts(filter.check(), today());
    }

    /** The channels the product carries on the day, by code ("channels in each bouquet"). */
    public List<Channel> channelsOf(Product product, LocalDate day) {
        return repository.channels(product.channelIdsOn(day));
    }

    /** The rules the product breaks on the day under the limits then in force (empty when none). */
    public List<String> violations(Product p, LocalDate day) {
        TariffLimits limits = limitsOn(day);
        Optional<ProductPrice> price = p.priceOn(day);
        if (price.isEmpty()) {
            return List.of();
        }
        List<TariffRules.ChannelFacts> channels = new ArrayList<>();
        for (Channel c : repository.channels(p.channelIdsOn(day))) {
            if (c.getStatus() == CatalogStatus.WITHDRAWN && p.getStatus() == CatalogStatus.ACTIVE) {
                return List.of("channel " + c.getCode() + " is withdrawn and cannot be in product " + p.getCode());
            }
            channels.add(new TariffRules.ChannelFacts(c.getCode(), c.getBroadcaster(), c.isPay(),
                    c.mrpOn(day).orElse(BigDecimal.ZERO)));
        }
        return TariffRules.violations(new TariffRules.ProductFacts(p.getCode(), p.getKind(), p.getBroadcaster(),
                price.get().getPrice(), price.get().getMrp(), channels), limits);
    }

    // ---- tariff limits

    public List<TariffLimits> tariffLimits() {
        return repository.tariffLimits();
    }

    /** The limits in force on the day (the earliest row for a day before all of them). */
    public TariffLimits limitsOn(LocalDate day) {
        List<TariffLimits> all = repository.tariffLimits();
        return EffectiveDated.on(all, day).orElseGet(() -> all.get(0));
    }

    /**
     * Records limits from a day (today or later; a row for the same future day is replaced). Products are not
     * refused by new limits: the answer lists every product that breaks them on that day, for the MSO to fix.
     */
    @RolesAllowed(Roles.MSO_ADMIN)
    public List<String> setTariffLimits(TariffLimitsDetails details, Surface via) {
        TariffLimitsDetails.Checked d = details.check();
        LocalDate today = today();
        if (!d.effectiveFrom().isAfter(today) && repository.tariffLimits(d.effectiveFrom()).isPresent()) {
            throw new BusinessException(ErrorCode.CONFLICT, "the tariff limits from " + d.effectiveFrom()
                    + " are in force and cannot be changed; give a later day");
        }
        notPast("effectiveFrom", d.effectiveFrom(), today);
        repository.tariffLimits(d.effectiveFrom()).ifPresent(old -> {
            repository.remove(old);
            repository.flush();
        });
        repository.add(new TariffLimits(d.effectiveFrom(), d.bouquetChannelMrpCap(), d.bouquetDiscountCap(),
                d.priceNotAboveMrp(), clock.instant(), caller(), via));
        repository.flush();
        List<String> broken = new ArrayList<>();
        for (Product p : repository.allProducts()) {
            if (p.getStatus() == CatalogStatus.ACTIVE) {
                broken.addAll(violations(p, d.effectiveFrom()));
            }
        }
        return broken;
    }

    // ---- network capacity fee

    public List<NcfRule> ncfRules() {
        return repository.ncfRules();
    }

    @RolesAllowed(Roles.MSO_ADMIN)
    public NcfRule addNcfRule(NcfRuleDetails details, Surface via) {
        NcfRuleDetails.Checked d = details.check();
        LocalDate today = today();
        LocalDate from = notPast("effectiveFrom", d.effectiveFrom(), today);
        NcfRule r = new NcfRule(new NcfRuleDetails.Checked(d.name(), d.state(), d.customerClass(), from, d.slabs(),
                d.stepChannels(), d.stepAmount(), d.additionalTvPercent()), clock.instant(), caller(), via);
        repository.add(r);
        repository.flush();
        return r;
    }

    /** The most TVs a what-if quote takes. */
    public static final int MAX_TVS = 20;
    /** The customer class of a home when none is given. */
    public static final String DEFAULT_CUSTOMER_CLASS = "RESIDENTIAL";

    /**
     * The what-if NCF quote as text from any surface: the state (code or name, required), the customer class (default
     * RESIDENTIAL), the day (default today) and one SD-equivalent channel count per TV (1 to {@value #MAX_TVS}, the
     * main TV first), every bad value named: the counts under {@code countsField}, as the surface calls them.
     */
    public NcfQuote ncfQuote(String state, String customerClass, String day, String countsField, List<String> sdChannels) {
        InputCheck check = new InputCheck();
        org.opensms.sms.shared.IndianState st = check.convert("state", check.required("state", state, 40),
                org.opensms.sms.shared.IndianState::parse);
        String cls = NcfRuleDetails.customerClass(check, customerClass);
        LocalDate d = check.date("day", day);
        List<Integer> counts = new ArrayList<>();
        if (sdChannels == null || sdChannels.isEmpty()) {
            check.add(countsField, "give the SD-equivalent channel count of at least one TV");
        } else if (sdChannels.size() > MAX_TVS) {
            check.add(countsField, "at most " + MAX_TVS + " TVs, got " + sdChannels.size());
        } else {
            for (String count : sdChannels) {
                counts.add(check.whole(countsField, check.required(countsField, count, 12), 0, 100_000));
            }
        }
        check.throwIfInvalid();
        return ncf(st.name(), cls == null ? DEFAULT_CUSTOMER_CLASS : cls, d == null ? today() : d, null, counts);
    }

    /**
     * The NCF of a home in the state of the customer class on the day, for TVs with these SD-equivalent channel
     * counts (the first TV is the main one; each further TV pays the rule's share of its own fee).
     */
    public NcfQuote ncf(String state, String customerClass, LocalDate day, List<String> stbs, List<Integer> sdChannels) {
        NcfRule rule = NcfRule.choose(repository.ncfRules(), day, state, customerClass)
                .orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no NCF rule covers state " + state
                        + ", class " + customerClass + " on " + day));
        List<NcfQuote.Tv> tvs = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < sdChannels.size(); i++) {
            BigDecimal fee = rule.feeFor(sdChannels.get(i));
            if (i > 0) {
                fee = rule.additionalTvFee(fee);
            }
            tvs.add(new NcfQuote.Tv(stbs == null ? null : stbs.get(i), sdChannels.get(i), fee, i > 0));
            total = total.add(fee);
        }
        return new NcfQuote(rule.getId(), rule.getName(), tvs, total);
    }

    // ---- helpers

    private List<Channel> channelsNamed(Collection<String> codes) {
        Map<String, Channel> found = repository.channelsByCode(codes).stream()
                .collect(Collectors.toMap(Channel::getCode, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<Channel> out = new ArrayList<>();
        for (String code : codes) {
            Channel c = found.get(code);
            if (c == null) {
                errors.add(new FieldError("channels", "no channel with code '" + code + "'"));
            } else if (c.getStatus() == CatalogStatus.WITHDRAWN) {
                errors.add(new FieldError("channels", "channel " + code + " is withdrawn"));
            } else {
                out.add(c);
            }
        }
        if (!errors.isEmpty()) {
            throw new org.opensms.sms.shared.InvalidInputException(errors);
        }
        return out;
    }

    private static LocalDate notPast(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            return today;
        }
        if (day.isBefore(today)) {
            throw new org.opensms.sms.shared.InvalidInputException(field, "must be today (" + today + ") or later, got " + day
                    + ": what was in force is history");
        }
        return day;
    }

    private static void refuseIfBroken(List<String> broken) {
        if (!broken.isEmpty()) {
            throw new BusinessException(ErrorCode.TARIFF_LIMIT, String.join("; ", broken),
                    broken.stream().map(m -> new FieldError("tariff", m)).toList());
        }
    }

    private void flush(String constraint, String field, String message) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolation.names(e, constraint)) {
                throw duplicate(field, message);
            }
            throw e;
        }
    }

    private static BusinessException duplicate(String field, String message) {
        return new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError(field, message)));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
