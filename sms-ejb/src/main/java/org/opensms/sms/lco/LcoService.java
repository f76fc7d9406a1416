package org.opensms.sms.lco;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.opensms.sms.lco.internal.LcoRepository;
import org.opensms.sms.security.Roles;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.ConstraintViolation;
import org.opensms.sms.shared.ErrorCode;
import org.opensms.sms.shared.FieldError;
import org.opensms.sms.shared.InvalidInputException;
import org.opensms.sms.shared.PageRequest;
import org.opensms.sms.shared.Surface;

/**
 * LCO master data: administrators create and update LCOs; MSO staff read them. Each call is one transaction.
 * When LCO logins arrive, reads by an LCO account will be narrowed to its own code here.
 */
@Stateless
@DeclareRoles({Roles.MSO_ADMIN, Roles.MSO_OPERATOR, Roles.LCO})
@RolesAllowed({Roles.MSO_ADMIN, Roles.MSO_OPERATOR})
public class LcoService {

    @Inject
    LcoRepository repository;
    @Inject
    Clock clock;
    @Resource
    SessionContext session;

    public LcoService() {
    }

    /** For use outside the container (persistence tests). */
    public LcoService(LcoRepository repository, Clock clock, SessionContext session) {
        this.repository = repository;
        this.clock = clock;
        this.session = session;
    }

    /** Creates an LCO under the code the MSO gives it; a code already taken is a DUPLICATE. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Lco create(LcoDetails details, Surface via) {
        LcoDetails.Checked d = details.check(true);
        if (repository.findByCode(d.code()).isPresent()) {
            throw duplicate(d.code());
        }
        Lco lco = new Lco(d.code(), d, clock.instant(), session.getCallerPrincipal().getName(), via);
        repository.add(lco);
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (ConstraintViolation.names(e, "uk_lco_code")) {
                throw duplicate(d.code());
            }
            throw e;
        }
        return lco;
    }

    /** Replaces the details of an LCO; its code cannot change. */
    @RolesAllowed(Roles.MSO_ADMIN)
    public Lco update(String code, LcoDetails details, Surface via) {
        Lco lco = getByCode(code);
        LcoDetails.Checked d = details.check(false);
        if (d.code() != null && !d.code().equals(lco.getCode())) {
            throw new InvalidInputException("code", "cannot change: an LCO keeps its code (" + lco.getCode() + ")");
        }
        lco.update(d, clock.instant(), session.getCallerPrincipal().getName(), via);
        return lco;
    }

    public Optional<Lco> findByCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return repository.findByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public Lco getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new BusinessException(ErrorCode.NOT_FOUND, "no LCO with code '" + code + "'"));
    }

    public List<Lco> list(LcoFilter filter, PageRequest page) {
        return repository.list(filter, page);
    }

    public long count(LcoFilter filter) {
        return repository.count(filter);
    }

    private static BusinessException duplicate(String code) {
        return new BusinessException(ErrorCode.DUPLICATE, List.of(new FieldError("code", "LCO " + code + " already exists")));
    }
}
