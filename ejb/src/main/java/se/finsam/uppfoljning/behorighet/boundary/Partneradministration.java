package se.finsam.uppfoljning.behorighet.boundary;

import se.finsam.uppfoljning.plattform.entity.ForbundKod;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import se.finsam.uppfoljning.plattform.entity.InsatsId;
import se.finsam.uppfoljning.behorighet.BehorighetFel;
import se.finsam.uppfoljning.insats.control.Atkomst;
import se.finsam.uppfoljning.insats.control.InsatsLookup;
import se.finsam.uppfoljning.insats.entity.Insats;
import se.finsam.uppfoljning.insats.entity.Tilldelning;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.KeycloakAdmin;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A partner's own administrator manages the people of their organisation: which application roles
 * they have and which insatser they report on. Never anyone outside the organisation, and never
 * the roles of the förbund's office or of the system.
 */
@Stateless
public class Partneradministration {

    /** The roles a partneradmin may grant; kansli, förbundschef, rapportdesigner and systemadmin are not among them. */
    public static final Set<Roll> GRANTABLE = EnumSet.of(Roll.RAPPORTOR, Roll.STYRGRUPP, Roll.STYRELSE, Roll.PARTNERADMIN);
    static final String OBJECT_TYPE = "Anvandare";

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    AuditTrail audit;

    @Inject
    InsatsLookup insatsLookup;

    public List<PersonView> personer(@NotNull Caller caller) {
        String org = organisation(caller);
        String forbund = caller.forbund().orElseThrow();
        List<Insats> insatser = insatsLookup.allaAv(new ForbundKod(forbund));
        return keycloak.members(org).stream().map(p -> new PersonView(p.id(), p.username(), p.namn(), p.email(),
                keycloak.realmRoles(p.id()).stream().filter(r -> Roll.fromClaim(r).isPresent()).sorted().toList(),
                insatser.stream().filter(i -> i.isAssigned(p.username(), Tilldelning.RAPPORTOR)).map(Insats::kortnamn).toList()))
                .toList();
    }

    /** The insatser the caller's organisation owns or co-operates in: those it may assign rapportörer to. */
    public List<InsatsVal> insatser(@NotNull Caller caller) {
        String org = organisation(caller);
        return insatsLookup.allaAv(new ForbundKod(caller.forbund().orElseThrow()))
                .stream().filter(i -> i.involves(org)).map(i -> new InsatsVal(i.id(), i.kortnamn())).toList();
    }

    public record InsatsVal(long id, String namn) implements java.io.Serializable {
    }

    /** A new person of the organisation: created in Keycloak, member of the organisation, e-mailed a link. */
    public record Inbjudan(
            @jakarta.validation.constraints.NotBlank(message = "E-postadress måste anges.")
            @jakarta.validation.constraints.Email(message = "E-postadressen är inte giltig.")
            @jakarta.validation.constraints.Size(max = 200, message = "E-postadressen får vara högst 200 tecken.") String email,
            @jakarta.validation.constraints.NotBlank(message = "Förnamn måste anges.")
            @jakarta.validation.constraints.Size(max = 100, message = "Förnamnet får vara högst 100 tecken.") String fornamn,
            @jakarta.validation.constraints.NotBlank(message = "Efternamn måste anges.")
            @jakarta.validation.constraints.Size(max = 100, message = "Efternamnet får vara högst 100 tecken.") String efternamn) {
    }

    public record Inbjuden(String id, boolean epostSkickad) {
    }

    public Inbjuden bjudIn(@NotNull Caller caller, @NotNull @jakarta.validation.Valid Inbjudan inbjudan) {
        String org = organisation(caller);
        String forbund = caller.forbund().orElseThrow();
        KeycloakAdmin.Invited invited = keycloak.invite(org, forbund, inbjudan.email().strip().toLowerCase(),
                inbjudan.fornamn().strip(), inbjudan.efternamn().strip());
        audit.record(caller, forbund, OBJECT_TYPE, inbjudan.email(), "inbjuden", null, org);
        return new Inbjuden(invited.id(), invited.emailed());
    }

    public List<String> bevilja(@NotNull Caller caller, @NotNull String userId, @NotNull String rollnamn) {
        return change(caller, userId, rollnamn, true);
    }

    public List<String> aterkalla(@NotNull Caller caller, @NotNull String userId, @NotNull String rollnamn) {
        return change(caller, userId, rollnamn, false);
    }

    /** Makes a person of the organisation rapportör of an insats the organisation owns or co-operates in. */
    public void tilldelaInsats(@NotNull Caller caller, @NotNull String userId, InsatsId insatsId) {
        String org = organisation(caller);
        KeycloakAdmin.Person person = memberOrRefuse(org, userId);
        Insats insats = insatsLookup.find(caller, insatsId.varde(), Atkomst::canAssignPeople);
        if (insats.assignReporter(person.username())) {
            audit.record(caller, insats.forbund().kod(), "Insats", insats.id(), "tilldelning.rapportor", null, person.username());
        }
    }

    private List<String> change(Caller caller, String userId, String rollnamn, boolean grant) {
        String org = organisation(caller);
        Roll roll = Roll.fromClaim(rollnamn).orElseThrow(() -> UppfoljningException.withFields(BehorighetFel.OKAND_ROLL,
                List.of(new UppfoljningException.FieldError("roll", "Okänd roll.")), rollnamn));
        if (!GRANTABLE.contains(roll)) {
            throw UppfoljningException.of(BehorighetFel.ROLL_EJ_TILLDELNINGSBAR, roll.label().toLowerCase());
        }
        KeycloakAdmin.Person person = memberOrRefuse(org, userId);
        List<String> before = keycloak.realmRoles(userId);
        boolean has = before.contains(roll.claimValue());
        if (grant && !has) {
            keycloak.grant(userId, roll.claimValue());
        } else if (!grant && has) {
            keycloak.revoke(userId, roll.claimValue());
        }
        if (grant != has) {
            audit.record(caller, caller.forbund().orElseThrow(), OBJECT_TYPE, person.username(), "roll." + roll.claimValue(),
                    has ? "ja" : "nej", grant ? "ja" : "nej");
        }
        return keycloak.realmRoles(userId).stream().filter(r -> Roll.fromClaim(r).isPresent()).sorted().toList();
    }

    private KeycloakAdmin.Person memberOrRefuse(String org, String userId) {
        return keycloak.member(org, userId).orElseThrow(() -> UppfoljningException.of(BehorighetFel.INTE_I_ORGANISATIONEN));
    }

    private static String organisation(Caller caller) {
        if (!caller.has(Roll.PARTNERADMIN)) {
            throw UppfoljningException.of(BehorighetFel.BARA_PARTNERADMIN);
        }
        caller.requireForbund();
        return caller.organisation().orElseThrow(() -> UppfoljningException.of(BehorighetFel.ORGANISATION_SAKNAS));
    }
}
