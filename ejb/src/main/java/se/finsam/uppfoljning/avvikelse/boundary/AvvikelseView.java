package se.finsam.uppfoljning.avvikelse.boundary;

import se.finsam.uppfoljning.avvikelse.entity.Avvikelse;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseBeslut;
import se.finsam.uppfoljning.avvikelse.entity.AvvikelseTyp;
import se.finsam.uppfoljning.budget.entity.Belopp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deviation report with its decisions, oldest first; {@code beslut} in force is the last. What
 * the money page, the förbundschef's queue and the PM read.
 */
public record AvvikelseView(long id, long insatsId, String insatsKod, String insats, String typ, String typText,
                            String beskrivning, Integer ar, BigDecimal begartBelopp, LocalDate inkommen, String inlamnadAv,
                            Instant inlamnad, boolean beslutad, List<BeslutView> beslut) implements java.io.Serializable {

    /**
     * @param overfortBelopp what moved to the next year (null when nothing did)
     * @param overforingId   the carry-over booked in the budget; its {@code upphavd} tells whether a correction revoked it
     */
    public record BeslutView(long id, String utfall, String utfallText, BigDecimal overfortBelopp, Integer tillAr,
                             String motivering, LocalDate beslutsdatum, String beslutadAv, Instant beslutad, Long ersatter,
                             Long overforingId) implements java.io.Serializable {

        static BeslutView of(AvvikelseBeslut b) {
            return new BeslutView(b.id(), b.utfall().name(), b.utfall().label(), b.belopp().map(Belopp::kronor).orElse(null),
                    b.belopp().isPresent() ? b.avvikelse().ar().map(a -> a + 1).orElse(null) : null,
                    b.motivering(), b.beslutsdatum(), b.beslutadAv(), b.beslutadAt(),
                    b.ersatter().map(AvvikelseBeslut::id).orElse(null), b.overforing().map(o -> o.id()).orElse(null));
        }
    }

    public static AvvikelseView of(Avvikelse a) {
        return new AvvikelseView(a.id(), a.insats().id(), a.insats().kod(), a.insats().kortnamn(), a.typ().name(),
                a.typ().label(), a.beskrivning(), a.ar().orElse(null), a.begart().map(Belopp::kronor).orElse(null),
                a.inkommen(), a.inlamnadAv(), a.inlamnadAt(), a.isBeslutad(), a.beslut().stream().map(BeslutView::of).toList());
    }

    /** A budget deviation (the PM's table 3 counts these; its text section the others). */
    public boolean gallerBudget() {
        return AvvikelseTyp.valueOf(typ) == AvvikelseTyp.BUDGET;
    }
}
