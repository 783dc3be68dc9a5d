package se.finsam.uppfoljning.layout;

import se.finsam.uppfoljning.plattform.Fel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.Kind;

/**
 * The error catalogue of the layout library, prefix {@code LAY-}. Listed with meaning and HTTP
 * status in docs/felkoder.md; a code is never reused.
 */
public enum LayoutFel implements Felkod {

    OKAND_LAYOUT("LAY-001", Kind.NOT_FOUND,
            "Layouten {0} finns inte."),
    OKAND_VERSION("LAY-002", Kind.NOT_FOUND,
            "Layouten {0} har ingen version {1}."),
    UNDERKAND("LAY-003", Kind.INVALID_INPUT,
            "Layouten underkändes: {0}"),
    EJ_DESIGNER("LAY-004", Kind.FORBIDDEN,
            "Bara rapportdesigners laddar upp, granskar och publicerar layouter."),
    EJ_LASARE("LAY-005", Kind.FORBIDDEN,
            "Layoutbiblioteket är till för rapportdesigners och kansliet."),
    REDAN_PUBLICERAD("LAY-006", Kind.CONFLICT,
            "Version {1} av {0} är redan den publicerade."),
    FORHANDSGRANSKNING_STOPPAD("LAY-007", Kind.CONFLICT,
            "Förhandsgranskningen stoppades: {0}"),
    INAKTUELL_PUBLICERING("LAY-008", Kind.CONFLICT,
            "Någon annan har publicerat version {1} av {0} sedan du läste listan. Läs in den igen.");

    private final Fel fel;

    LayoutFel(String code, Kind kind, String template) {
        fel = new Fel(code, kind, template);
    }

    @Override
    public Fel fel() {
        return fel;
    }
}
