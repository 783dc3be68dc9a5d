package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JasperReport;

import java.util.List;
import java.util.Optional;

/**
 * The result of checking an uploaded layout: what was found wrong (nothing, for a layout that may be
 * stored, previewed and published) and, when it passed, the compiled layout.
 */
public record Granskning(String namn, List<Fynd> fynd, Optional<JasperReport> rapport) {

    public Granskning {
        fynd = List.copyOf(fynd);
        if (!fynd.isEmpty() && rapport.isPresent()) {
            throw new IllegalArgumentException("En underkänd layout har ingen kompilerad rapport.");
        }
    }

    static Granskning underkand(String namn, List<Fynd> fynd) {
        return new Granskning(namn, fynd, Optional.empty());
    }

    public boolean godkand() {
        return fynd.isEmpty();
    }
}
