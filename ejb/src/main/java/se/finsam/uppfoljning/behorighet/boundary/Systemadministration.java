package se.finsam.uppfoljning.behorighet.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.finsam.uppfoljning.behorighet.BehorighetFel;
import se.finsam.uppfoljning.partner.boundary.NyPartner;
import se.finsam.uppfoljning.partner.boundary.PartnerRegister;
import se.finsam.uppfoljning.partner.boundary.PartnerView;
import se.finsam.uppfoljning.partner.entity.PartnerTyp;
import se.finsam.uppfoljning.plattform.control.AuditTrail;
import se.finsam.uppfoljning.plattform.control.Caller;
import se.finsam.uppfoljning.plattform.control.KeycloakAdmin;
import se.finsam.uppfoljning.plattform.control.Roll;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;

import java.util.List;

/**
 * The system administrator: creates the organisation of a new partner agency (in Keycloak and as a
 * partner of the förbund) and grants or revokes any application role of anyone in the realm.
 */
@Stateless
public class Systemadministration {

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    PartnerRegister partners;

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

    public List<String> roll(@NotNull Caller caller, @NotNull String userId, @NotNull String rollnamn, boolean bevilja) {
        requireSystemadmin(caller);
        Roll roll = Roll.fromClaim(rollnamn).orElseThrow(() -> UppfoljningException.withFields(BehorighetFel.OKAND_ROLL,
                List.of(new UppfoljningException.FieldError("roll", "Okänd roll.")), rollnamn));
        boolean has = keycloak.realmRoles(userId).contains(roll.claimValue());
        if (bevilja && !has) {
            keycloak.grant(userId, roll.claimValue());
        } else if (!bevilja && has) {
            keycloak.revoke(userId, roll.claimValue());
        }
        if (bevilja != has) {
            audit.record(caller, caller.forbund().orElse("-"), "Anvandare", userId, "roll." + roll.claimValue(),
                    has ? "ja" : "nej", bevilja ? "ja" : "nej");
        }
        return keycloak.realmRoles(userId).stream().filter(r -> Roll.fromClaim(r).isPresent()).sorted().toList();
    }

    private static void requireSystemadmin(Caller caller) {
        if (!caller.has(Roll.SYSTEMADMIN)) {
            throw UppfoljningException.of(BehorighetFel.BARA_SYSTEMADMIN);
        }
    }
}
