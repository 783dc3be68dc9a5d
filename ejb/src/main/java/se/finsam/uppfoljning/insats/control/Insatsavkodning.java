package se.finsam.uppfoljning.insats.control;

import se.finsam.uppfoljning.insats.InsatsFel;
import se.finsam.uppfoljning.insats.boundary.Avslutsbeslut;
import se.finsam.uppfoljning.insats.boundary.Forlangningsbeslut;
import se.finsam.uppfoljning.insats.boundary.InsatsInput;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Ar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoding phase of the register's writes: every field of the input is checked before anything
 * is read from the register, and all that is wrong is answered at once (400). Each broken field
 * carries its rule's code; one rule broken answers with that code, several with {@code INS-010}.
 */
public final class Insatsavkodning {

    private static final int NAMN = 300;
    private static final int TEXT = 2000;
    private static final int MALVARDE = 500;
    private static final int PERSON = 200;

    private final List<Brott> brott = new ArrayList<>();

    private record Brott(InsatsFel fel, FieldError falt) {
    }

    private Insatsavkodning() {
    }

    /** An insats to register ({@code andring} false) or edit (then the version read is required). */
    public static void check(InsatsInput in, boolean andring) {
        Insatsavkodning a = new Insatsavkodning();
        if (andring && in.version() == null) {
            a.saknas("version");
        }
        a.text("namn", in.namn(), NAMN, true);
        a.text("kortnamn", in.kortnamn(), NAMN, true);
        if (in.typ() == null) {
            a.saknas("typ");
        }
        a.text("agare", in.agare(), 60, true);
        for (int i = 0; i < in.samverkansparter().size(); i++) {
            a.text("samverkansparter[" + i + "]", in.samverkansparter().get(i), 60, true);
        }
        a.datum("start", in.start(), true);
        a.datum("slut", in.slut(), true);
        if (in.start() != null && in.slut() != null && Ar.giltigt(in.start().getYear()) && Ar.giltigt(in.slut().getYear())
                && in.slut().isBefore(in.start())) {
            a.bryt(InsatsFel.SLUT_FORE_START, "slut", InsatsFel.SLUT_FORE_START.message());
        }
        a.text("malgrupp", in.malgrupp(), TEXT, false);
        for (int i = 0; i < in.mal().size(); i++) {
            InsatsInput.Mal m = in.mal().get(i);
            if (m == null || m.beskrivning() == null || m.beskrivning().isBlank()) {
                a.bryt(InsatsFel.MAL_UTAN_TEXT, "mal[" + i + "].beskrivning", InsatsFel.MAL_UTAN_TEXT.message());
                continue;
            }
            a.text("mal[" + i + "].beskrivning", m.beskrivning(), TEXT, true);
            a.text("mal[" + i + "].malvarde", m.malvarde(), MALVARDE, false);
        }
        for (int i = 0; i < in.styrgrupp().size(); i++) {
            InsatsInput.Ledamot l = in.styrgrupp().get(i);
            a.text("styrgrupp[" + i + "].namn", l == null ? null : l.namn(), PERSON, true);
            a.text("styrgrupp[" + i + "].organisation", l == null ? null : l.organisation(), 60, true);
        }
        for (int i = 0; i < in.rapportorer().size(); i++) {
            a.text("rapportorer[" + i + "]", in.rapportorer().get(i), PERSON, true);
        }
        a.answer();
    }

    public static void check(Forlangningsbeslut b) {
        Insatsavkodning a = new Insatsavkodning();
        if (b.version() == null) {
            a.saknas("version");
        }
        a.datum("slut", b.slut(), true);
        a.datum("beslutsdatum", b.beslutsdatum(), true);
        a.text("beslutAv", b.beslutAv(), 100, false);
        a.answer();
    }

    public static void check(Avslutsbeslut b) {
        Insatsavkodning a = new Insatsavkodning();
        if (b.version() == null) {
            a.saknas("version");
        }
        a.datum("slut", b.slut(), false);
        a.datum("beslutsdatum", b.beslutsdatum(), false);
        a.answer();
    }

    /** A refusal of one field found when applying (the rule's own code). */
    public static UppfoljningException falt(InsatsFel fel, String falt, Object... args) {
        return UppfoljningException.withFields(fel, List.of(new FieldError(falt, fel.message(args))), args);
    }

    private void text(String falt, String varde, int max, boolean kravs) {
        if (varde == null || varde.isBlank()) {
            if (kravs) {
                saknas(falt);
            }
        } else if (varde.length() > max) {
            bryt(InsatsFel.FOR_LANG_TEXT, falt, "Högst " + max + " tecken.");
        }
    }

    private void datum(String falt, LocalDate varde, boolean kravs) {
        if (varde == null) {
            if (kravs) {
                saknas(falt);
            }
        } else if (!Ar.giltigt(varde.getYear())) {
            bryt(InsatsFel.DATUM_UTANFOR_PERIOD, falt, InsatsFel.DATUM_UTANFOR_PERIOD.message());
        }
    }

    private void saknas(String falt) {
        bryt(InsatsFel.UPPGIFT_SAKNAS, falt, InsatsFel.UPPGIFT_SAKNAS.message());
    }

    private void bryt(InsatsFel fel, String falt, String meddelande) {
        brott.add(new Brott(fel, new FieldError(falt, meddelande)));
    }

    private void answer() {
        if (brott.isEmpty()) {
            return;
        }
        List<FieldError> falt = brott.stream().map(Brott::falt).toList();
        long regler = brott.stream().map(Brott::fel).distinct().count();
        throw UppfoljningException.withFields(regler == 1 ? brott.get(0).fel() : InsatsFel.FLERA_FEL, falt);
    }
}
