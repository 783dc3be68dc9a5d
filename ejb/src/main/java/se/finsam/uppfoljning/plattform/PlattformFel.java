package se.finsam.uppfoljning.plattform;

import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the shared kernel: the caller, the identity provider, and the answers of the platform's own gate and exception mapping: every refusal this component throws, prefix {@code PLT-}.
 * Listed with meaning and HTTP status in docs/felkoder.md; a code is never reused, so a retired
 * one is listed there instead of being handed out again.
 */
public enum PlattformFel implements Felkod {

    INGET_FORBUND("PLT-001", Kind.FORBIDDEN,
            "Ditt konto är inte kopplat till något samordningsförbund. Kontakta din partneradministratör."),
    ORGANISATION_SAKNAS("PLT-002", Kind.NOT_FOUND,
            "Organisationen {0} finns inte i inloggningstjänsten."),
    EPOST_UPPTAGEN("PLT-003", Kind.CONFLICT,
            "Det finns redan ett konto med e-postadressen {0}."),
    SAKNAS_I_INLOGGNINGSTJANSTEN("PLT-004", Kind.NOT_FOUND,
            "Finns inte i inloggningstjänsten."),
    FINNS_I_INLOGGNINGSTJANSTEN("PLT-005", Kind.CONFLICT,
            "Finns redan i inloggningstjänsten."),
    OGILTIGA_UPPGIFTER("PLT-400", Kind.INVALID_INPUT,
            "Uppgifterna är inte giltiga."),
    INTE_JSON("PLT-420", Kind.INVALID_INPUT,
            "Innehållet är inte giltig JSON."),
    INTE_UTF8("PLT-421", Kind.INVALID_INPUT,
            "Begäran är inte giltig UTF-8."),
    FOR_STOR("PLT-422", Kind.INVALID_INPUT,
            "Begäran är för stor (högst {0} MB)."),
    FOR_DJUP("PLT-423", Kind.INVALID_INPUT,
            "Innehållet är för djupt nästlat (högst {0} nivåer)."),
    TOM_BEGARAN("PLT-424", Kind.INVALID_INPUT,
            "Begäran saknar innehåll."),
    OGILTIG_ADRESSDEL("PLT-425", Kind.INVALID_INPUT,
            "En del av adressen är inte giltig: {0}"),
    INTE_INLOGGAD("PLT-401", Kind.NOT_SIGNED_IN,
            "Du behöver logga in."),
    ROLL_TILLATER_INTE("PLT-403", Kind.FORBIDDEN,
            "Du har inte behörighet till detta."),
    FINNS_INTE("PLT-404", Kind.NOT_FOUND,
            "Det du söker finns inte."),
    ANDRAD_AV_NAGON_ANNAN("PLT-409", Kind.CONFLICT,
            "Någon annan har ändrat uppgifterna medan du arbetade. Läs in dem igen.");

    private final Fel fel;

    PlattformFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
