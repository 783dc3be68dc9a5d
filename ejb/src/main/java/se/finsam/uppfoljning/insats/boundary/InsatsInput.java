package se.finsam.uppfoljning.insats.boundary;

import se.finsam.uppfoljning.insats.entity.InsatsTyp;
import se.finsam.uppfoljning.plattform.entity.Halvar;

import java.time.LocalDate;
import java.util.List;

/**
 * An insats as the office registers or edits it. Checked whole by {@code control.Insatsavkodning}
 * (400, every field at once) before the register's rules apply (409).
 *
 * @param version          the version read (editing only; ignored when registering)
 * @param kortnamnFran     the half-year a new short name is in force from; the current half-year when absent
 * @param agare            the owning partner's organisation code
 * @param samverkansparter the co-operating partners' organisation codes
 * @param mal              the goals; a goal without {@code nummer} gets the next free number, goals left
 *                         out stay (the reports name them by number)
 * @param rapportorer      the user names of the people who report on it
 */
public record InsatsInput(Long version, String namn, String kortnamn, Halvar kortnamnFran, InsatsTyp typ, String agare,
                          List<String> samverkansparter, LocalDate start, LocalDate slut, String malgrupp,
                          List<Mal> mal, List<Ledamot> styrgrupp, List<String> rapportorer) {

    public InsatsInput {
        samverkansparter = samverkansparter == null ? List.of() : samverkansparter;
        mal = mal == null ? List.of() : mal;
        styrgrupp = styrgrupp == null ? List.of() : styrgrupp;
        rapportorer = rapportorer == null ? List.of() : rapportorer;
    }

    /** A goal: its number (null for a new one), what it is, and its target figure if it has one. */
    public record Mal(Integer nummer, String beskrivning, String malvarde) {
    }

    /** A member of the steering group and the organisation (partner) they represent. */
    public record Ledamot(String namn, String organisation) {
    }
}
