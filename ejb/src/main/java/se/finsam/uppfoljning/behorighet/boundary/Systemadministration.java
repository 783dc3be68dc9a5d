package se.finsam.uppfoljning.behorighet.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.behorighet.BehorighetFel;
import se.finsam.uppfoljning.partner.boundary.ForbundRegister;
import se.finsam.uppfoljning.partner.boundary.ForbundView;
import se.finsam.uppfoljning.partner.boundary.NyPartner;
import se.finsam.uppfoljning.partner.boundary.NyttForbund;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.KeycloakAdmin;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.entity.ForbundKod;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The system administrator sets a förbund up from nothing: creates it with its office's organisation,
 * creates the organisations of its partner agencies (in Keycloak and as partners of the förbund),
 * finds people, invites them by e-mail and grants or revokes any application role of anyone in the
 * realm. Granting a role in a förbund also gives the person that förbund (the user attribute behind
 * the token's {@code forbund} claim) and, for the office's roles, membership of the office.
 */
@Stateless
public class Systemadministration {

    /** The office's roles: granted in a förbund, they make the person a member of its office's organisation. */
    public static final Set<Roll> KANSLIROLLER = EnumSet.of(Roll.KANSLI, Roll.FORBUNDSCHEF, Roll.RAPPORTDESIGNER);

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    PartnerRegister partners;

    @Inject
    ForbundRegister forbundRegister;

    @Inject
    AuditTrail audit;

    public record NyOrganisation(
            @NotBlank(message = "Alias måste anges.") @Size(max = 60, message = "Alias får vara högst 60 tecken.")
            @Pattern(regexp = "[a-z0-9-]+", message = "Alias får bara innehålla a–z, siffror och bindestreck.") String alias,
            @NotBlank(message = "Namn måste anges.") @Size(max = 200, message = "Namn får vara högst 200 tecken.") String namn,
            @NotNull(message = "Typ måste anges.") PartnerTyp typ,
            @NotBlank(message = "E-postdomän måste anges.")
            @Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}", message = "E-postdomänen ska se ut som exempel.se.") String doman) {
    }

    /** The partner row first: if Keycloak then refuses, the transaction takes the row back too. */
    public PartnerView skapaOrganisation(@NotNull Caller caller, @NotNull @Valid NyOrganisation ny) {
        requireSystemadmin(caller);
        PartnerView partner = partners.register(caller, new NyPartner(ny.alias(), ny.namn(), ny.typ()));
        keycloak.createOrganisation(ny.alias(), ny.namn(), ny.doman());
        return partner;
    }

    /** An organisation of a partner agency in any förbund; an agency in several förbund has one organisation. */
    public PartnerView skapaOrganisation(@NotNull Caller caller, @NotNull ForbundKod forbund, @NotNull @Valid NyOrganisation ny) {
        requireSystemadmin(caller);
        PartnerView partner = partners.register(caller, forbund, new NyPartner(ny.alias(), ny.namn(), ny.typ()));
        if (!keycloak.organisationExists(ny.alias())) {
            keycloak.createOrganisation(ny.alias(), ny.namn(), ny.doman());
        }
        return partner;
    }

    public record NyttForbundMedKansli(
            @NotNull(message = "Förbundet måste anges.") @Valid NyttForbund forbund,
            @NotBlank(message = "Kansliets e-postdomän måste anges.")
            @Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}", message = "E-postdomänen ska se ut som exempel.se.") String doman) {
    }

    public List<ForbundView> forbund(@NotNull Caller caller) {
        requireSystemadmin(caller);
        return forbundRegister.forbund(caller);
    }

    public ForbundView forbund(@NotNull Caller caller, @NotNull ForbundKod kod) {
        requireSystemadmin(caller);
        return forbundRegister.forbund(caller, kod);
    }

    public List<PartnerView> organisationer(@NotNull Caller caller, @NotNull ForbundKod kod) {
        requireSystemadmin(caller);
        return partners.partners(caller, kod);
    }

    /** The förbund and its office's partner row first, then the office's organisation in Keycloak. */
    public ForbundView skapaForbund(@NotNull Caller caller, @NotNull @Valid NyttForbundMedKansli nytt) {
        requireSystemadmin(caller);
        ForbundView forbund = forbundRegister.skapa(caller, nytt.forbund());
        if (!keycloak.organisationExists(forbund.kansli())) {
            keycloak.createOrganisation(forbund.kansli(), "Kansliet, " + forbund.namn(), nytt.doman());
        }
        return forbund;
    }

    /** A person of the realm as the system administrator finds them: roles, förbund and organisations. */
    public record Konto(String id, String anvandarnamn, String namn, String email, String forbund,
                        List<String> organisationer, List<String> roller) implements java.io.Serializable {
    }

    public List<Konto> sok(@NotNull Caller caller, @NotNull String text) {
        requireSystemadmin(caller);
        if (text.isBlank()) {
            return List.of();
        }
        return keycloak.search(text).stream().map(this::konto).toList();
    }

    private Konto konto(KeycloakAdmin.Konto k) {
        return new Konto(k.id(), k.username(), k.namn(), k.email(), k.forbund().orElse(null),
                keycloak.organisations(k.id()), roller(k.id()));
    }

    /** A new person of an organisation of a förbund; the e-mail address becomes the user name. */
    public record Inbjudan(
            @NotBlank(message = "Organisation måste anges.") @Size(max = 60, message = "Organisation får vara högst 60 tecken.")
            String organisation,
            @NotBlank(message = "E-postadress måste anges.") @jakarta.validation.constraints.Email(message = "E-postadressen är inte giltig.")
            @Size(max = 200, message = "E-postadressen får vara högst 200 tecken.") String email,
            @NotBlank(message = "Förnamn måste anges.") @Size(max = 100, message = "Förnamnet får vara högst 100 tecken.") String fornamn,
            @NotBlank(message = "Efternamn måste anges.") @Size(max = 100, message = "Efternamnet får vara högst 100 tecken.") String efternamn) {
    }

    /** Invites a new person into an organisation of a förbund: Keycloak e-mails the link, as for a partner admin. */
    public Partneradministration.Inbjuden bjudIn(@NotNull Caller caller, @NotNull ForbundKod forbund,
                                                @NotNull @Valid Inbjudan inbjudan) {
        requireSystemadmin(caller);
        if (partners.partners(caller, forbund).stream().noneMatch(p -> p.organisation().equals(inbjudan.organisation()))) {
            throw UppfoljningException.withFields(BehorighetFel.INTE_PARTNER_I_FORBUNDET,
                    List.of(new UppfoljningException.FieldError("organisation", "Välj en organisation i förbundet.")),
                    inbjudan.organisation());
        }
        String email = inbjudan.email().strip().toLowerCase();
        KeycloakAdmin.Invited invited = keycloak.invite(inbjudan.organisation(), forbund.varde(), email,
                inbjudan.fornamn().strip(), inbjudan.efternamn().strip());
        audit.record(caller, forbund.varde(), Partneradministration.OBJECT_TYPE, email, "inbjuden", null, inbjudan.organisation());
        return new Partneradministration.Inbjuden(invited.id(), invited.emailed());
    }

    /**
     * Grants or revokes a role of a person in a förbund. A grant gives the person the förbund (the
     * {@code forbund} claim of their next token) and, for an office role, membership of the office's
     * organisation if they have none; a person already working for another förbund is refused, since
     * a token names one förbund.
     */
    public List<String> rollIForbund(@NotNull Caller caller, @NotNull ForbundKod forbund, @NotNull String userId,
                                     @NotNull String rollnamn, boolean bevilja) {
        requireSystemadmin(caller);
        Roll roll = roll(rollnamn);
        forbundRegister.forbund(caller, forbund);
        KeycloakAdmin.Konto konto = keycloak.konto(userId);
        if (konto.forbund().filter(f -> !f.equals(forbund.varde())).isPresent()) {
            throw UppfoljningException.of(BehorighetFel.ANNAT_FORBUND, konto.forbund().get());
        }
        if (bevilja) {
            if (konto.forbund().isEmpty()) {
                keycloak.setForbund(userId, forbund.varde());
                audit.record(caller, forbund.varde(), Partneradministration.OBJECT_TYPE, konto.username(), "forbund",
                        null, forbund.varde());
            }
            if (KANSLIROLLER.contains(roll) && keycloak.organisations(userId).isEmpty()) {
                String kansli = forbundRegister.kansli(forbund);
                keycloak.addMember(kansli, userId);
                audit.record(caller, forbund.varde(), Partneradministration.OBJECT_TYPE, konto.username(), "organisation",
                        null, kansli);
            }
        }
        return change(caller, forbund.varde(), userId, roll, bevilja);
    }

    public List<String> roll(@NotNull Caller caller, @NotNull String userId, @NotNull String rollnamn, boolean bevilja) {
        requireSystemadmin(caller);
        return change(caller, caller.forbund().orElse("-"), userId, roll(rollnamn), bevilja);
    }

    private static Roll roll(String rollnamn) {
        return Roll.fromClaim(rollnamn).orElseThrow(() -> UppfoljningException.withFields(BehorighetFel.OKAND_ROLL,
                List.of(new UppfoljningException.FieldError("roll", "Okänd roll.")), rollnamn));
    }

    private List<String> change(Caller caller, String forbund, String userId, Roll roll, boolean bevilja) {
        boolean has = keycloak.realmRoles(userId).contains(roll.claimValue());
        if (bevilja && !has) {
            keycloak.grant(userId, roll.claimValue());
        } else if (!bevilja && has) {
            keycloak.revoke(userId, roll.claimValue());
        }
        if (bevilja != has) {
            audit.record(caller, forbund, Partneradministration.OBJECT_TYPE, userId, "roll." + roll.claimValue(),
                    has ? "ja" : "nej", bevilja ? "ja" : "nej");
        }
        return roller(userId);
    }

    private List<String> roller(String userId) {
        return keycloak.realmRoles(userId).stream().filter(r -> Roll.fromClaim(r).isPresent()).sorted().toList();
    }

    private static void requireSystemadmin(Caller caller) {
        if (!caller.has(Roll.SYSTEMADMIN)) {
            throw UppfoljningException.of(BehorighetFel.BARA_SYSTEMADMIN);
        }
    }
}
