package org.opensms.sms.pairing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensms.cas.api.CasCommand;
import org.opensms.sms.cas.CasCommandService;
import org.opensms.sms.pairing.PairingRules.DeviceFacts;
import org.opensms.sms.pairing.PairingRules.SubscriberFacts;
import org.opensms.sms.pairing.internal.LockedPairs;
import org.opensms.sms.pairing.internal.PairingRepository;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceState;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.SetTopBox;
import org.opensms.sms.stock.StockDevice;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.subscriber.Subscriber;
import org.opensms.sms.subscriber.SubscriberService;
import org.opensms.sms.subscriber.SubscriberStatus;
import org.opensms.sms.subscriber.SubscriberStatusBatch;
import org.opensms.sms.subscriber.SubscriberStatusChanged;

/**
 * Pairing of set-top boxes with smart cards at subscribers (multi-TV: any number of pairs per subscriber). Each call
 * is one transaction in which the pairing rows, the devices' stock states ({@link StockService}) and the CAS
 * commands ({@link CasCommandService}, journalled with the customer ID) change together or not at all.
 *
 * <p>Stock states follow the pairs: a device in a pair that is switched on is INSTALLED, in a pair switched off
 * ({@link #deactivateDevice}) DEACTIVATED. An unpaired device stays DEACTIVATED at its LCO, from where it may be
 * paired again at a subscriber of that LCO, re-allocated or returned to the warehouse through stock. A replaced
 * device goes FAULTY. A pair is named by its STB serial. The rules: {@link PairingRules}; the CAS commands of each
 * operation: {@link CasPlan}.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class PairingService {

    @Inject
    PairingRepository repository;
    @Inject
    SubscriberService subscribers;
    @Inject
    StockService stock;
    @Inject
    CasCommandService cas;
    @Inject
    Clock clock;
    @Inject
    Event<PairingChanged> changed;
    @Inject
    LockedPairs lockedPairs;
    @Resource
    SessionContext session;

    public PairingService() {
    }

    /** For use outside the container (persistence tests). */
    public PairingService(PairingRepository repository, SubscriberService subscribers, StockService stock,
                          CasCommandService cas, Clock clock, Event<PairingChanged> changed, SessionContext session) {
        this.repository = repository;
        this.subscribers = subscribers;
        this.stock = stock;
        this.cas = cas;
        this.clock = clock;
        this.changed = changed;
        this.session = session;
        this.lockedPairs = new LockedPairs();
    }

    /**
     * Pairs the STB with the card at the subscriber: both devices go INSTALLED, the CAS gets PairStb and, when the
     * subscriber is ACTIVE, ActivateCard. Refused (CONFLICT) by any rule of {@link PairingRules}; an unknown device
     * is INVALID_INPUT on its field.
     */
    public Pairing pair(String customerId, String stbSerial, String cardNumber, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String stbId = check.required("stb", stbSerial, DeviceType.STB.maxIdLength());
        String cardId = check.required("card", cardNumber, DeviceType.CARD.maxIdLength());
        String why = check.optional("reason", reason, Pairing.MAX_REASON);
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(customerId);
        SubscriberFacts sf = facts(s);
        PairingRules.checkSubscriber(sf);
        StockDevice box = device(check, DeviceType.STB, "stb", stbId);
        StockDevice card = device(check, DeviceType.CARD, "card", cardId);
        check.throwIfInvalid();
        PairingRules.checkPair(sf, facts(box), facts(card));
        String cid = sf.customerId();
        stock.markInstalled(DeviceType.STB, box.getSerial(), clip("paired with smart card " + card.getSerial()
                + " at subscriber " + cid), via);
        stock.markInstalled(DeviceType.CARD, card.getSerial(), clip("paired with set-top box " + box.getSerial()
                + " at subscriber " + cid), via);
        Pairing p = new Pairing(s.getId(), cid, box.getSerial(), card.getSerial(), DeviceActivation.ACTIVE, null, why,
                clock.instant(), caller(), via);
        repository.add(p);
        flush(box.getSerial(), card.getSerial());
        issue(CasPlan.pair(card.getSerial(), casStb(box), s.getStatus() == SubscriberStatus.ACTIVE), via, cid);
        changed.fire(new PairingChanged(PairingChanged.Kind.PAIRED, cid, p.getStbSerial(), p.getCardNumber(), null, null, via));
        return p;
    }

    /**
     * Ends the subscriber's pair of this STB: the CAS gets UnpairStb, DeactivateCard and CancelAllEntitlements (the
     * card leaves the household; subscriptions stay with the customer), both devices go DEACTIVATED at their LCO.
     */
    public Pairing unpair(String customerId, String stbSerial, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String stbId = check.required("stb", stbSerial, DeviceType.STB.maxIdLength());
        String why = check.optional("reason", reason, Pairing.MAX_REASON);
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(customerId);
        Pairing p = currentPair(s, DeviceType.STB, stbId);
        end(p, why, via);
        return p;
    }

    /**
     * Replaces a faulty STB or card of one of the subscriber's pairs by another device, under the same customer ID:
     * the old device goes FAULTY, the pair ends (its row says why) and a new pair with the new device and the
     * other, unchanged device begins with the same switch state. The new device must pass the pairing rules. CAS:
     * {@link CasPlan#replaceStb} or {@link CasPlan#replaceCard}. The reason is required.
     *
     * @param type the kind of device replaced (STB or CARD)
     */
    public Pairing replace(String customerId, DeviceType type, String oldSerial, String newSerial, String reason,
                           Surface via) {
        InputCheck check = new InputCheck();
        if (type == null) {
            check.add("type", "is required: STB or CARD");
        }
        int max = type == null ? DeviceType.STB.maxIdLength() : type.maxIdLength();
        String oldId = check.required("old", oldSerial, max);
        String newId = check.required("new", newSerial, max);
        String why = check.required("reason", reason, Pairing.MAX_REASON);
        if (oldId != null && newId != null && oldId.equalsIgnoreCase(newId)) {
            check.add("new", "must differ from the device replaced");
        }
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(customerId);
        SubscriberFacts sf = facts(s);
        PairingRules.checkSubscriber(sf);
        Pairing old = currentPair(s, type, oldId);
        StockDevice replacement = device(check, type, "new", newId);
        check.throwIfInvalid();
        PairingRules.checkReplacement(sf, facts(replacement));
        String cid = sf.customerId();
        boolean stbReplaced = type == DeviceType.STB;
        String oldDevice = stbReplaced ? old.getStbSerial() : old.getCardNumber();
        String stbSerial = stbReplaced ? replacement.getSerial() : old.getStbSerial();
        String cardNumber = stbReplaced ? old.getCardNumber() : replacement.getSerial();
        StockDevice oldStb = stock.get(DeviceType.STB, old.getStbSerial());
        stock.markFaulty(type, List.of(oldDevice), clip("replaced by " + replacement.getSerial() + " at subscriber "
                + cid + ": " + why), via);
        Instant now = clock.instant();
        String by = caller();
        old.end(clip("replaced: faulty " + type.label() + " " + oldDevice + " by " + replacement.getSerial() + ": " + why),
                now, by, via);
        repository.flush();
        stock.markInstalled(type, replacement.getSerial(), clip("replaces faulty " + oldDevice + " at subscriber " + cid), via);
        if (old.getActivation() == DeviceActivation.INACTIVE) {
            stock.markDeactivated(type, replacement.getSerial(), "the pair it joins is switched off", via);
        }
        Pairing p = new Pairing(s.getId(), cid, stbSerial, cardNumber, old.getActivation(), old.getId(), why, now, by, via);
        repository.add(p);
        flush(stbSerial, cardNumber);
        boolean active = s.getStatus() == SubscriberStatus.ACTIVE && p.getActivation() == DeviceActivation.ACTIVE;
        issue(stbReplaced ? CasPlan.replaceStb(cardNumber, casStb(oldStb), casStb(replacement), active)
                : CasPlan.replaceCard(old.getCardNumber(), cardNumber, casStb(oldStb), active), via, cid);
        changed.fire(new PairingChanged(PairingChanged.Kind.REPLACED, cid, stbSerial, cardNumber, old.getStbSerial(),
                old.getCardNumber(), via));
        return p;
    }

    /** Switches one pair on (e.g. a second TV back on): devices INSTALLED, ActivateCard when the subscriber is ACTIVE. */
    public Pairing activateDevice(String customerId, String stbSerial, String reason, Surface via) {
        return switchPair(customerId, stbSerial, DeviceActivation.ACTIVE, reason, via);
    }

    /** Switches one pair off, whatever the subscriber's status: devices DEACTIVATED, DeactivateCard. */
    public Pairing deactivateDevice(String customerId, String stbSerial, String reason, Surface via) {
        return switchPair(customerId, stbSerial, DeviceActivation.INACTIVE, reason, via);
    }

    private Pairing switchPair(String customerId, String stbSerial, DeviceActivation to, String reason, Surface via) {
        InputCheck check = new InputCheck();
        String stbId = check.required("stb", stbSerial, DeviceType.STB.maxIdLength());
        String why = check.optional("reason", reason, Pairing.MAX_REASON);
        check.throwIfInvalid();
        Subscriber s = subscribers.getByCustomerId(customerId);
        Pairing p = currentPair(s, DeviceType.STB, stbId);
        if (p.getActivation() == to) {
            throw new BusinessException(ErrorCode.CONFLICT, "the pair of set-top box " + p.getStbSerial() + " and smart card "
                    + p.getCardNumber() + " at subscriber " + p.getCustomerId() + " is already " + to);
        }
        p.switchTo(to, clock.instant(), caller());
        String note = clip((to == DeviceActivation.ACTIVE ? "pair switched on" : "pair switched off")
                + (why == null ? "" : ": " + why));
        for (DeviceType t : DeviceType.values()) {
            String serial = t == DeviceType.STB ? p.getStbSerial() : p.getCardNumber();
            DeviceState state = stock.get(t, serial).getState();
            if (to == DeviceActivation.ACTIVE && state == DeviceState.DEACTIVATED) {
                stock.markInstalled(t, serial, note, via);
            } else if (to == DeviceActivation.INACTIVE && state == DeviceState.INSTALLED) {
                stock.markDeactivated(t, serial, note, via);
            }
        }
        if (to == DeviceActivation.INACTIVE) {
            issue(CasPlan.deactivate(p.getCardNumber()), via, p.getCustomerId());
        } else if (s.getStatus() == SubscriberStatus.ACTIVE) {
            issue(CasPlan.activate(p.getCardNumber()), via, p.getCustomerId());
        }
        return p;
    }

    /**
     * Blacklists devices for good, all or nothing (at most {@link StockService#MAX_BULK}): each paired one is first
     * unpaired (as {@link #unpair}: its card deactivated, its partner DEACTIVATED at the LCO), then every device goes
     * BLACKLISTED and every card gets BlacklistCard last. The CAS protocol has no STB blacklist: a blacklisted STB is
     * kept out by the SMS, which never pairs it again.
     */
    public BlacklistResult blacklist(DeviceType type, List<String> serials, String reason, Surface via) {
        if (type == null) {
            throw new InvalidInputException("type", "is required: STB or CARD");
        }
        InputCheck check = new InputCheck();
        String why = check.optional("reason", reason, Pairing.MAX_REASON);
        check.throwIfInvalid();
        // the stock move checks every serial (known, allowed from its state, listed once) and moves all or none
        List<StockDevice> moved = stock.blacklist(type, serials, why, via);
        Map<String, String> unpaired = new LinkedHashMap<>();
        for (StockDevice d : moved) {
            Optional<Pairing> p = type == DeviceType.STB ? repository.currentByStb(d.getSerial())
                    : repository.currentByCard(d.getSerial());
            if (p.isPresent()) {
                Pairing locked = repository.lock(p.get());
                if (locked.isCurrent()) {
                    end(locked, clip(type.label() + " " + d.getSerial() + " blacklisted" + (why == null ? "" : ": " + why)), via);
                    unpaired.put(d.getSerial(), locked.getCustomerId());
                }
            }
            if (type == DeviceType.CARD) {
                issue(CasPlan.blacklist(d.getSerial()), via, unpaired.get(d.getSerial()));
            }
        }
        return new BlacklistResult(type, moved.stream().map(StockDevice::getSerial).toList(), unpaired);
    }

    /** The stock moves {@link #moveStock} knows, by the names every stock surface uses. */
    public static final List<String> STOCK_ACTIONS = List.of("allocate", "return", "faulty", "repair", "repaired", "blacklist");

    /**
     * A stock move asked for by a stock surface (REST, SOAP, console) by its action name ({@link #STOCK_ACTIONS}):
     * allocate (to the LCO lcoCode, the only action that takes one), return (to the warehouse), faulty, repair (sent
     * to the vendor), repaired (back from repair) or blacklist. Blacklisting goes through {@link #blacklist} (a paired
     * device is unpaired first and a card is blacklisted in the CAS too); every other move is refused for a paired
     * device ({@link #requireUnpaired}), which leaves its subscriber only through pairing. All or nothing, in one
     * transaction; returns the devices as they are after the move, in the order named.
     */
    public List<StockDevice> moveStock(DeviceType type, List<String> serials, String action, String lcoCode, String reason,
                                       Surface via) {
        if (type == null) {
            throw new InvalidInputException("type", "is required: STB or CARD");
        }
        String a = action == null ? "" : action.strip().toLowerCase(Locale.ROOT);
        if (!STOCK_ACTIONS.contains(a)) {
            throw new InvalidInputException("action", "must be one of " + String.join(", ", STOCK_ACTIONS) + ", got '" + action + "'");
        }
        if (!a.equals("allocate") && lcoCode != null) {
            throw new InvalidInputException("lco", "is only for allocate");
        }
        if (a.equals("blacklist")) {
            BlacklistResult r = blacklist(type, serials, reason, via);
            return r.serials().stream().map(s -> stock.get(type, s)).toList();
        }
        requireUnpaired(type, serials);
        return switch (a) {
            case "allocate" -> stock.allocate(type, serials, lcoCode, reason, via);
            case "return" -> stock.returnToWarehouse(type, serials, reason, via);
            case "faulty" -> stock.markFaulty(type, serials, reason, via);
            case "repair" -> stock.sendForRepair(type, serials, reason, via);
            default -> stock.backFromRepair(type, serials, reason, via);
        };
    }

    /**
     * Before a batch of status changes in this transaction (called by the observer of {@link SubscriberStatusBatch}):
     * reads and row-locks the subscribers' current pairs and their cards' expected CAS state, two queries per 1,000,
     * which {@link #onStatusChanged} then takes instead of querying per subscriber and per card.
     */
    public void onStatusBatch(SubscriberStatusBatch e) {
        Map<Long, List<Pairing>> pairs = repository.currentOfLockedAll(e.subscriberIds());
        lockedPairs.put(e.subscriberIds(), pairs);
        cas.lockExpected(pairs.values().stream().flatMap(List::stream).map(Pairing::getCardNumber).toList());
    }

    /**
     * The CAS side of a subscriber's status change, in its transaction (called by the observer of
     * {@link SubscriberStatusChanged}): ACTIVE activates the card of every pair switched on; SUSPENDED deactivates
     * them; DEACTIVATED unpairs every pair (as {@link #unpair}).
     */
    public void onStatusChanged(SubscriberStatusChanged e) {
        Subscriber s = subscribers.getByCustomerId(e.customerId().value());
        List<Pairing> pairs = lockedPairs.take(s.getId()).orElseGet(() -> repository.currentOfLocked(s.getId()));
        for (Pairing p : pairs) {
            switch (e.to()) {
                case ACTIVE -> {
                    if (p.getActivation() == DeviceActivation.ACTIVE) {
                        issue(CasPlan.activate(p.getCardNumber()), e.via(), p.getCustomerId());
                    }
                }
                case SUSPENDED -> {
                    if (p.getActivation() == DeviceActivation.ACTIVE) {
                        issue(CasPlan.deactivate(p.getCardNumber()), e.via(), p.getCustomerId());
                    }
                }
                case DEACTIVATED -> end(p, clip("subscriber deactivated" + (e.reason() == null ? "" : ": " + e.reason())),
                        e.via());
                default -> {
                }
            }
        }
    }

    /** The subscriber's current pairs, oldest first. */
    /**
     * Refuses (CONFLICT, naming each device and its subscriber) stock moves of devices that are paired: a paired
     * device leaves its subscriber only through pairing (unpair, replace, blacklist), which tells the CAS. The
     * stock surfaces call this before allocate, return, faulty, repair and repaired.
     */
    public void requireUnpaired(DeviceType type, List<String> serials) {
        List<String> paired = new ArrayList<>();
        for (String serial : serials == null ? List.<String>of() : serials) {
            String s = serial == null ? "" : serial.strip().toUpperCase(Locale.ROOT);
            Optional<Pairing> p = type == DeviceType.STB ? repository.currentByStb(s) : repository.currentByCard(s);
            p.ifPresent(x -> paired.add(type.label() + " " + s + " is paired to subscriber " + x.getCustomerId()));
        }
        if (!paired.isEmpty()) {
            throw new BusinessException(ErrorCode.CONFLICT, String.join("; ", paired)
                    + ": unpair, replace or blacklist it through pairing first, so that the CAS is told");
        }
    }

    public List<Pairing> pairsOf(String customerId) {
        return repository.currentOf(subscribers.getByCustomerId(customerId).getId());
    }

    /** Every pair the subscriber ever had (current and ended), newest first. */
    public List<Pairing> historyOf(String customerId) {
        return repository.allOf(subscribers.getByCustomerId(customerId).getId());
    }

    /** Every pair the device was ever in, newest first (empty for a device never paired). */
    public List<Pairing> historyOfDevice(DeviceType type, String serial) {
        return serial == null || serial.isBlank() ? List.of()
                : repository.allOfDevice(type == DeviceType.STB, serial.strip().toUpperCase(Locale.ROOT));
    }

    /** STB serial -> the card in its current pair, for these STBs (serials as stored; one without a pair is absent). */
    @PermitAll
    public Map<String, String> cardsPairedWith(Collection<String> stbSerials) {
        return repository.currentCardsByStb(stbSerials);
    }

    /** The card in the current pair of the STB (serial as stored), for the system (timers act for no person). */
    @PermitAll
    public Optional<String> cardPairedWith(String stbSerial) {
        return repository.currentByStb(stbSerial).map(Pairing::getCardNumber);
    }

    /** The subscriber that has this STB (serial, any case) in a current pair. */
    public Optional<PairedSubscriber> findByStb(String serial) {
        return serial == null || serial.isBlank() ? Optional.empty()
                : repository.currentByStb(serial.strip().toUpperCase(Locale.ROOT)).map(this::paired);
    }

    /** The subscriber that has this card (number, any case) in a current pair. */
    public Optional<PairedSubscriber> findByCard(String number) {
        return number == null || number.isBlank() ? Optional.empty()
                : repository.currentByCard(number.strip().toUpperCase(Locale.ROOT)).map(this::paired);
    }

    /**
     * The subscriber holding the STB (serial) or the card (number) now: exactly one must be given (else INVALID_INPUT);
     * NOT_FOUND when the device is in no current pair.
     */
    public PairedSubscriber findByDevice(String stbSerial, String cardNumber) {
        boolean byStb = stbSerial != null && !stbSerial.isBlank();
        boolean byCard = cardNumber != null && !cardNumber.isBlank();
        if (byStb == byCard) {
            throw new InvalidInputException("stb", "give exactly one of stb or card");
        }
        return (byStb ? findByStb(stbSerial) : findByCard(cardNumber)).orElseThrow(() -> new BusinessException(
                ErrorCode.NOT_FOUND, (byStb ? "set-top box " + stbSerial.strip() : "smart card " + cardNumber.strip())
                + " is in no current pair"));
    }

    private PairedSubscriber paired(Pairing p) {
        Subscriber s = subscribers.getByCustomerId(p.getCustomerId());
        return new PairedSubscriber(s, subscribers.lcoCodeOf(s), p);
    }

    /** Ends a current pair: row closed, devices still INSTALLED go DEACTIVATED, the CAS unpairs and deactivates. */
    private void end(Pairing p, String why, Surface via) {
        p.end(why, clock.instant(), caller(), via);
        repository.flush();
        String note = clip("unpaired from subscriber " + p.getCustomerId() + (why == null ? "" : ": " + why));
        StockDevice box = stock.get(DeviceType.STB, p.getStbSerial());
        if (box.getState() == DeviceState.INSTALLED) {
            stock.markDeactivated(DeviceType.STB, box.getSerial(), note, via);
        }
        StockDevice card = stock.get(DeviceType.CARD, p.getCardNumber());
        if (card.getState() == DeviceState.INSTALLED) {
            stock.markDeactivated(DeviceType.CARD, card.getSerial(), note, via);
        }
        issue(CasPlan.unpair(p.getCardNumber(), casStb(box)), via, p.getCustomerId());
        changed.fire(new PairingChanged(PairingChanged.Kind.UNPAIRED, p.getCustomerId(), p.getStbSerial(),
                p.getCardNumber(), null, null, via));
    }

    /** The subscriber's current pair holding this device, locked; CONFLICT when the device is not paired there. */
    private Pairing currentPair(Subscriber s, DeviceType type, String serial) {
        String id = serial.strip().toUpperCase(Locale.ROOT);
        String cid = s.getCustomerId().value();
        Optional<Pairing> found = type == DeviceType.STB ? repository.currentByStb(id) : repository.currentByCard(id);
        Pairing p = found.map(repository::lock).filter(Pairing::isCurrent).orElse(null);
        if (p == null || !p.getSubscriberId().equals(s.getId())) {
            String where = p != null ? "it is paired at subscriber " + p.getCustomerId()
                    : stock.find(type, id).map(d -> "it is " + d.getState() + ", in no pair")
                    .orElse("no " + type.label() + " has this " + type.idName());
            throw new BusinessException(ErrorCode.CONFLICT, type.label() + " " + id + " is not paired at subscriber "
                    + cid + " (" + where + ")", List.of(new FieldError(type == DeviceType.STB ? "stb" : "card",
                    "is not paired at subscriber " + cid)));
        }
        return p;
    }

    private StockDevice device(InputCheck check, DeviceType type, String field, String serial) {
        if (serial == null) {
            return null;
        }
        Optional<StockDevice> d = stock.find(type, serial);
        if (d.isEmpty()) {
            check.add(field, "no " + type.label() + " with " + type.idName() + " '" + serial + "' in stock");
            return null;
        }
        return d.get();
    }

    private SubscriberFacts facts(Subscriber s) {
        return new SubscriberFacts(s.getCustomerId().value(), s.getStatus(), s.getLcoId(), subscribers.lcoCodeOf(s));
    }

    private DeviceFacts facts(StockDevice d) {
        Optional<Pairing> p = d.getType() == DeviceType.STB ? repository.currentByStb(d.getSerial())
                : repository.currentByCard(d.getSerial());
        return new DeviceFacts(d.getType(), d.getSerial(), d.getState(), d.getLco() == null ? null : d.getLco().getId(),
                d.getLcoCode(), p.map(Pairing::getCustomerId).orElse(null),
                p.map(x -> d.getType() == DeviceType.STB ? x.getCardNumber() : x.getStbSerial()).orElse(null));
    }

    /** The STB's identifier in the CAS: its CAS id when it has one, else its serial. */
    static String casStb(StockDevice box) {
        return box instanceof SetTopBox b && b.getCasId() != null && !b.getCasId().isBlank() ? b.getCasId() : box.getSerial();
    }

    private void issue(List<CasCommand> commands, Surface via, String customerId) {
        for (CasCommand c : commands) {
            cas.issue(c, via, customerId);
        }
    }

    /** Writes the new pair now, so that a concurrent pair of the same device is refused by the unique constraints. */
    private void flush(String stb, String card) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolation.names(e, "uk_pairing_current_stb") || ConstraintViolation.names(e, "uk_pairing_current_card")) {
                throw new BusinessException(ErrorCode.CONFLICT, "set-top box " + stb + " or smart card " + card
                        + " was paired by another user at the same time; one card per STB and one STB per card");
            }
            throw e;
        }
    }

    private static String clip(String text) {
        return text.length() <= Pairing.MAX_REASON ? text : text.substring(0, Pairing.MAX_REASON - 3) + "...";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
