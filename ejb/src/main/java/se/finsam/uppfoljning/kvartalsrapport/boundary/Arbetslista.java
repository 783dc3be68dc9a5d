package se.finsam.uppfoljning.kvartalsrapport.boundary;

import java.util.List;

/**
 * What waits for the signed-in person, by role: the rapportör's reports to submit and those
 * returned; the office's reports to review and the late ones; the steering group's insatser.
 */
public record Arbetslista(List<Kvartalslage> attLamna, List<Kvartalslage> returnerade, List<Kvartalslage> attGranska,
                          List<Kvartalslage> sena, List<Kvartalslage> styrgrupp) {

    public static final Arbetslista TOM = new Arbetslista(List.of(), List.of(), List.of(), List.of(), List.of());
}
