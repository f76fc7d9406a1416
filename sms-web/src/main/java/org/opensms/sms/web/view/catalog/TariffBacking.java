package org.opensms.sms.web.view.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.opensms.sms.catalog.CatalogService;
import org.opensms.sms.catalog.NcfQuote;
import org.opensms.sms.catalog.NcfRule;
import org.opensms.sms.catalog.NcfRuleDetails;
import org.opensms.sms.catalog.NcfSlab;
import org.opensms.sms.catalog.TariffLimits;
import org.opensms.sms.catalog.TariffLimitsDetails;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.IndianState;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.opensms.sms.web.view.shared.Refusals;

/**
 * Tariff configuration (/catalog/tariff.xhtml): the tariff limits over time and new limits from a day (the products
 * they would break are listed, not refused); the NCF rules and a new rule with its slabs; and a what-if NCF quote for
 * a home. Changes are for administrators.
 */
@Named
@ViewScoped
public class TariffBacking implements Serializable {

    @Inject
    CatalogService catalog;

    private List<TariffLimits> limits = List.of();
    private List<NcfRule> rules = List.of();

    // new limits
    private LocalDate limitsFrom;
    private String channelMrpCap;
    private String discountCap;
    private boolean priceNotAboveMrp = true;
    private List<String> brokenByLimits = List.of();

    // new NCF rule
    private String ruleName;
    private String ruleState;
    private String ruleClass;
    private LocalDate ruleFrom;
    private List<SlabRow> slabs = new ArrayList<>(List.of(new SlabRow(), new SlabRow()));
    private String stepChannels;
    private String stepAmount;
    private String additionalTvPercent;

    // what-if quote
    private String quoteState;
    private String quoteClass = "RESIDENTIAL";
    private LocalDate quoteDay;
    private String quoteChannels;
    private NcfQuote quote;

    /** One slab being entered. */
    public static class SlabRow implements Serializable {
        private String upTo;
        private String amount;

        public String getUpTo() { return upTo; }
        public void setUpTo(String v) { upTo = v; }
        public String getAmount() { return amount; }
        public void setAmount(String v) { amount = v; }
    }

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        try {
            List<TariffLimits> l = new ArrayList<>(catalog.tariffLimits());
            Collections.reverse(l);
            limits = l;
            List<NcfRule> r = new ArrayList<>(catalog.ncfRules());
            r.sort((a, b) -> b.getEffectiveFrom().compareTo(a.getEffectiveFrom()));
            rules = r;
        } catch (BusinessException e) {
            FacesMessages.error(null, e.getMessage());
        }
    }

    public void setLimits() {
        try {
            brokenByLimits = catalog.setTariffLimits(new TariffLimitsDetails(ChannelsBacking.day(limitsFrom), channelMrpCap,
                    discountCap, priceNotAboveMrp), Surface.CONSOLE);
            FacesMessages.info("Tariff limits recorded from " + limitsFrom
                    + (brokenByLimits.isEmpty() ? "; every product keeps them" : "; " + brokenByLimits.size() + " products break them (listed below)"));
            limitsFrom = null;
            channelMrpCap = discountCap = null;
            refresh();
        } catch (BusinessException e) {
            Refusals.show(e, "limitsForm", f -> switch (f) {
                case "effectiveFrom" -> "limitsFrom";
                case "bouquetChannelMrpCap" -> "channelMrpCap";
                case "bouquetDiscountCap" -> "discountCap";
                default -> null;
            });
        }
    }

    public void addSlab() {
        slabs.add(new SlabRow());
    }

    public void removeSlab() {
        if (slabs.size() > 1) {
            slabs.remove(slabs.size() - 1);
        }
    }

    public void addRule() {
        List<NcfRuleDetails.Slab> s = slabs.stream().filter(r -> !blank(r.upTo) || !blank(r.amount))
                .map(r -> new NcfRuleDetails.Slab(r.upTo, r.amount)).toList();
        try {
            NcfRule r = catalog.addNcfRule(new NcfRuleDetails(ruleName, ruleState, ruleClass, ChannelsBacking.day(ruleFrom), s,
                    stepChannels, stepAmount, additionalTvPercent), Surface.CONSOLE);
            FacesMessages.info("NCF rule '" + r.getName() + "' recorded from " + r.getEffectiveFrom());
            ruleName = ruleState = ruleClass = stepChannels = stepAmount = additionalTvPercent = null;
            ruleFrom = null;
            slabs = new ArrayList<>(List.of(new SlabRow(), new SlabRow()));
            refresh();
        } catch (BusinessException e) {
            Refusals.show(e, "ruleForm", f -> switch (f) {
                case "name" -> "ruleName";
                case "state" -> "ruleState";
                case "customerClass" -> "ruleClass";
                case "effectiveFrom" -> "ruleFrom";
                case "stepChannels", "stepAmount", "additionalTvPercent" -> f;
                default -> null;
            });
        }
    }

    /** The fee of a home for the given channel counts (comma-separated, the main TV first). */
    public void whatIf() {
        quote = null;
        List<String> counts = quoteChannels == null || quoteChannels.isBlank() ? List.of()
                : List.of(quoteChannels.strip().split("[,\\s]+"));
        try {
            quote = catalog.ncfQuote(quoteState, quoteClass, quoteDay == null ? null : quoteDay.toString(), "channels", counts);
        } catch (BusinessException e) {
            Refusals.show(e, "quoteForm", f -> switch (f) {
                case "state" -> "quoteState";
                case "customerClass" -> "quoteClass";
                case "day" -> "quoteDay";
                case "channels" -> "quoteChannels";
                default -> null;
            });
        }
    }

    /** A rule's slabs in one line: "up to 200: 130.00; any: 160.00". */
    public String slabsOf(NcfRule r) {
        String s = r.getSlabs().stream().map(TariffBacking::slab).collect(Collectors.joining("; "));
        return r.getStepChannels() == null ? s : s + "; then " + r.getStepAmount().toPlainString() + " per " + r.getStepChannels() + " more";
    }

    private static String slab(NcfSlab s) {
        return (s.getUpToChannels() == null ? "any" : "up to " + s.getUpToChannels()) + ": " + s.getAmount().toPlainString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.MSO_ADMIN);
    }

    public List<IndianState> getStates() {
        return List.of(IndianState.values());
    }

    public List<TariffLimits> getLimits() { return limits; }
    public List<NcfRule> getRules() { return rules; }
    public LocalDate getLimitsFrom() { return limitsFrom; }
    public void setLimitsFrom(LocalDate v) { limitsFrom = v; }
    public String getChannelMrpCap() { return channelMrpCap; }
    public void setChannelMrpCap(String v) { channelMrpCap = v; }
    public String getDiscountCap() { return discountCap; }
    public void setDiscountCap(String v) { discountCap = v; }
    public boolean isPriceNotAboveMrp() { return priceNotAboveMrp; }
    public void setPriceNotAboveMrp(boolean v) { priceNotAboveMrp = v; }
    public List<String> getBrokenByLimits() { return brokenByLimits; }
    public String getRuleName() { return ruleName; }
    public void setRuleName(String v) { ruleName = v; }
    public String getRuleState() { return ruleState; }
    public void setRuleState(String v) { ruleState = v; }
    public String getRuleClass() { return ruleClass; }
    public void setRuleClass(String v) { ruleClass = v; }
    public LocalDate getRuleFrom() { return ruleFrom; }
    public void setRuleFrom(LocalDate v) { ruleFrom = v; }
    public List<SlabRow> getSlabs() { return slabs; }
    public String getStepChannels() { return stepChannels; }
    public void setStepChannels(String v) { stepChannels = v; }
    public String getStepAmount() { return stepAmount; }
    public void setStepAmount(String v) { stepAmount = v; }
    public String getAdditionalTvPercent() { return additionalTvPercent; }
    public void setAdditionalTvPercent(String v) { additionalTvPercent = v; }
    public String getQuoteState() { return quoteState; }
    public void setQuoteState(String v) { quoteState = v; }
    public String getQuoteClass() { return quoteClass; }
    public void setQuoteClass(String v) { quoteClass = v; }
    public LocalDate getQuoteDay() { return quoteDay; }
    public void setQuoteDay(LocalDate v) { quoteDay = v; }
    public String getQuoteChannels() { return quoteChannels; }
    public void setQuoteChannels(String v) { quoteChannels = v; }
    public NcfQuote getQuote() { return quote; }
}
