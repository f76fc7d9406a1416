package org.opensms.sms.stock;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opensms.sms.lco.Lco;
import org.opensms.sms.lco.LcoService;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InputCheck;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.internal.StockRepository;

/**
 * Stock of set-top boxes and smart cards: shipment imports, state moves (one device or many, all or nothing),
 * lists, counts per state and movement history. Every move is checked against {@link DeviceState#ALLOWED} and
 * appends a {@link DeviceMovement} in the same transaction. Each call is one transaction.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class StockService {

    /** Most devices one bulk move may name. */
    public static final int MAX_BULK = 1000;
    private static final int CHUNK = 500;

    @Inject
    StockRepository repository;
    @Inject
    LcoService lcos;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    public StockService() {
    }

    /** For use outside the container (persistence tests). */
    public StockService(StockRepository repository, LcoService lcos, Clock clock, SessionContext session) {
        this.repository = repository;
        this.lcos = lcos;
        this.clock = clock;
        this.session = session;
    }

    /**
     * Imports a shipment file: every device IN_STOCK, each with an IMPORT line in its history. A file with any
     * error (format, a bad line, a serial twice in the file or already in the SMS) stores nothing and is refused
     * with a {@link StockImportRefusedException} listing each error by line and column.
     * Format and limits: {@link ShipmentParser}.
     */
    public ImportResult importShipment(DeviceType type, ImportFormat format, InputStream data, Surface via) {
        ShipmentParser.Parsed parsed = ShipmentParser.parse(type, format, data);
        if (!parsed.ok()) {
            throw new StockImportRefusedException(parsed.errors());
        }
        List<ShipmentRow> rows = parsed.rows();
        List<ImportError> errors = new ArrayList<>();
        for (int from = 0; from < rows.size() && errors.size() < ShipmentParser.MAX_ERRORS; from += CHUNK) {
            List<ShipmentRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Set<String> existing = repository.existing(type, chunk.stream().map(ShipmentRow::serial).toList());
            for (ShipmentRow r : chunk) {
                if (existing.contains(r.serial()) && errors.size() < ShipmentParser.MAX_ERRORS) {
                    errors.add(new ImportError(r.line(), type.idName(), r.serial() + " is already in the SMS"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new StockImportRefusedException(errors);
        }
        Instant now = clock.instant();
        String by = caller();
        int n = 0;
        for (ShipmentRow r : rows) {
            StockDevice d = type == DeviceType.STB
                    ? new SetTopBox(r.serial(), r.vendor(), r.model(), r.lot(), r.warehouse(), now, by, via)
                    : new SmartCard(r.serial(), r.vendor(), r.lot(), r.warehouse(), now, by, via);
            repository.add(d);
            repository.add(d.imported("lot " + r.lot() + ", warehouse " + r.warehouse()));
            if (++n % CHUNK == 0) {
                flush(type, true);
            }
        }
        flush(type, false);
        return new ImportResult(type, rows.size(), rows.stream().map(ShipmentRow::lot).distinct().sorted().toList());
    }

    private void flush(DeviceType type, boolean clear) {
        try {
            if (clear) {
                repository.flushAndClear();
            } else {
                repository.flush();
            }
        } catch (PersistenceException e) {
            // a concurrent import stored one of these devices between the check and the insert
            if (ConstraintViolation.names(e, "uk_stb_serial") || ConstraintViolation.names(e, "uk_smart_card_number")) {
                throw new BusinessException(ErrorCode.DUPLICATE, "a " + type.label()
                        + " of this file was imported by another user meanwhile; import the file again to see which");
            }
            throw e;
        }
    }

    public Optional<StockDevice> find(DeviceType type, String serial) {
        return serial == null || serial.isBlank() ? Optional.empty()
                : repository.find(type, serial.strip().toUpperCase(Locale.ROOT));
    }

    public StockDevice get(DeviceType type, String serial) {
        return find(type, serial).orElseThrow(() -> notFound(type, serial));
    }

    /** A device's movement history, oldest first; NOT_FOUND when the device is unknown. */
    public List<DeviceMovement> history(DeviceType type, String serial) {
        StockDevice d = get(type, serial);
        return repository.history(type, d.getSerial());
    }

    public List<StockDevice> list(DeviceType type, StockFilter filter, PageRequest page) {
        return repository.list(type, filter, page);
    }

    public long count(DeviceType type, StockFilter filter) {
        return repository.count(type, filter);
    }

    /** Devices of this type per state (every state, zeros included); only one LCO's when lcoCode is not blank. */
    public Map<DeviceState, Long> countByState(DeviceType type, String lcoCode) {
        String lco = lcoCode == null || lcoCode.isBlank() ? null : lcoCode.strip().toUpperCase(Locale.ROOT);
        return repository.countByState(type, lco);
    }

    /** Allocates devices IN_STOCK (or DEACTIVATED, taken back from a subscriber) to an active LCO. */
    public List<StockDevice> allocate(DeviceType type, List<String> serials, String lcoCode, String reason, Surface via) {
        if (lcoCode == null || lcoCode.isBlank()) {
            throw new InvalidInputException("lco", "is required: the code of the LCO to allocate to");
        }
        Lco lco = lcos.findByCode(lcoCode).orElseThrow(() -> new InvalidInputException("lco", "no LCO with code '" + lcoCode + "'"));
        if (!lco.isActive()) {
            throw new BusinessException(ErrorCode.CONFLICT, "LCO " + lco.getCode() + " is " + lco.getStatus()
                    + ": stock can only be allocated to an ACTIVE LCO");
        }
        return move(type, serials, DeviceMove.ALLOCATE, lco, reason, via);
    }

    /** Takes devices back into the MSO's warehouse (from an LCO, from a subscriber's deactivation, or found fine after a fault). */
    public List<StockDevice> returnToWarehouse(DeviceType type, List<String> serials, String reason, Surface via) {
        return move(type, serials, DeviceMove.RETURN, null, reason, via);
    }

    public List<StockDevice> markFaulty(DeviceType type, List<String> serials, String reason, Surface via) {
        return move(type, serials, DeviceMove.MARK_FAULTY, null, reason, via);
    }

    /** Sends faulty devices to the vendor for repair; they leave their LCO. */
    public List<StockDevice> sendForRepair(DeviceType type, List<String> serials, String reason, Surface via) {
        return move(type, serials, DeviceMove.SEND_FOR_REPAIR, null, reason, via);
    }

    /** Devices back from the vendor's repair go IN_STOCK. */
    public List<StockDevice> backFromRepair(DeviceType type, List<String> serials, String reason, Surface via) {
        return move(type, serials, DeviceMove.BACK_FROM_REPAIR, null, reason, via);
    }

    /** Blacklists devices for good: they can never be allocated, installed or moved again. */
    public List<StockDevice> blacklist(DeviceType type, List<String> serials, String reason, Surface via) {
        return move(type, serials, DeviceMove.BLACKLIST, null, reason, via);
    }

    /**
     * For pairing: the device is installed and active at a subscriber (from ALLOCATED or DEACTIVATED). Call it in
     * the pairing transaction; it refuses with an {@link IllegalDeviceMoveException} from any other state.
     */
    public StockDevice markInstalled(DeviceType type, String serial, String reason, Surface via) {
        return move(type, List.of(serial), DeviceMove.INSTALL, null, reason, via).get(0);
    }

    /** For pairing: the installed device is deactivated at the subscriber (from INSTALLED only). */
    public StockDevice markDeactivated(DeviceType type, String serial, String reason, Surface via) {
        return move(type, List.of(serial), DeviceMove.DEACTIVATE, null, reason, via).get(0);
    }

    /**
     * Moves every named device, or none: unknown devices and refused moves are all reported together (a single
     * problem as itself; several as one CONFLICT, or NOT_FOUND when only devices are missing, naming serials[i]).
     */
    private List<StockDevice> move(DeviceType type, List<String> serials, DeviceMove move, Lco lco, String reason,
                                   Surface via) {
        InputCheck check = new InputCheck();
        String why = check.optional("reason", reason, DeviceMovement.MAX_REASON);
        List<String> wanted = serials(check, type, serials);
        check.throwIfInvalid();
        List<StockDevice> devices = repository.lockAll(type, new TreeSet<>(wanted));
        Map<String, StockDevice> bySerial = devices.stream().collect(Collectors.toMap(StockDevice::getSerial, d -> d));
        Instant now = clock.instant();
        String by = caller();
        List<BusinessException> problems = new ArrayList<>();
        List<FieldError> fields = new ArrayList<>();
        List<DeviceMovement> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            StockDevice d = bySerial.get(wanted.get(i));
            BusinessException problem = null;
            if (d == null) {
                problem = notFound(type, wanted.get(i));
            } else {
                try {
                    lines.add(d.move(move, lco, why, now, by, via));
                } catch (IllegalDeviceMoveException e) {
                    problem = e;
                }
            }
            if (problem != null) {
                problems.add(problem);
                fields.add(new FieldError("serials[" + i + "]", problem.getMessage()));
            }
        }
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            boolean allMissing = problems.stream().allMatch(p -> p.code() == ErrorCode.NOT_FOUND);
            throw new BusinessException(allMissing ? ErrorCode.NOT_FOUND : ErrorCode.CONFLICT, problems.size() + " of "
                    + wanted.size() + " devices cannot be moved, so none was: " + fields.stream().map(FieldError::message)
                    .collect(Collectors.joining("; ")), fields);
        }
        lines.forEach(repository::add);
        return wanted.stream().map(bySerial::get).toList();
    }

    private static List<String> serials(InputCheck check, DeviceType type, List<String> serials) {
        if (serials == null || serials.isEmpty()) {
            check.add("serials", "name at least one " + type.label());
            return List.of();
        }
        if (serials.size() > MAX_BULK) {
            check.add("serials", "name at most " + MAX_BULK + " devices at once, got " + serials.size());
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < serials.size(); i++) {
            String s = check.required("serials[" + i + "]", serials.get(i), type.maxIdLength());
            if (s != null && !seen.add(s.toUpperCase(Locale.ROOT))) {
                check.add("serials[" + i + "]", s + " is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static BusinessException notFound(DeviceType type, String serial) {
        return new BusinessException(ErrorCode.NOT_FOUND, "no " + type.label() + " with " + type.idName() + " '" + serial + "'");
    }
}
