package se.finsam.uppfoljning.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Versionerad;

import java.util.Objects;

/**
 * A member agency of a förbund (a municipality, the Region, Arbetsförmedlingen, Försäkringskassan)
 * or the förbund's office. Its {@code organisation} is the alias of the Keycloak organisation its
 * staff sign in through. Arbetsförmedlingen takes part in every förbund, so the same organisation
 * appears once per förbund.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.BY_FORBUND,
        query = "select p from Partner p where p.forbund.kod = :forbund order by p.namn")
@NamedQuery(name = Partner.BY_FORBUND_AND_ORGANISATION,
        query = "select p from Partner p where p.forbund.kod = :forbund and p.organisation = :organisation")
public class Partner extends Versionerad {

    public static final String BY_FORBUND = "Partner.byForbund";
    public static final String BY_FORBUND_AND_ORGANISATION = "Partner.byForbundAndOrganisation";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "forbund_id")
    private Forbund forbund;

    @Column(nullable = false, length = 60)
    private String organisation;

    @Column(nullable = false, length = 200)
    private String namn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerTyp typ;

    protected Partner() {
    }

    public Partner(Forbund forbund, String organisation, String namn, PartnerTyp typ) {
        this.forbund = Objects.requireNonNull(forbund, "Förbund krävs.");
        this.organisation = Objects.requireNonNull(organisation, "Organisation krävs.");
        this.namn = Objects.requireNonNull(namn, "Namn krävs.");
        this.typ = Objects.requireNonNull(typ, "Typ krävs.");
    }

    public Forbund forbund() { return forbund; }
    public String organisation() { return organisation; }
    public String namn() { return namn; }
    public PartnerTyp typ() { return typ; }
}
