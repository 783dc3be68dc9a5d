package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JasperReport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The set of layouts one PM is rendered with, keyed by layout name: the master {@code pm} and its
 * tables' subreports. Taken once per render, so a layout published while a PM renders does not mix
 * into it, and {@link #versioner()} says exactly which versions rendered it.
 */
public record Layoutuppsattning(Map<String, Layoutversion> layouter) {

    public Layoutuppsattning {
        layouter = Map.copyOf(layouter);
    }

    public Optional<JasperReport> rapport(String namn) {
        return Optional.ofNullable(layouter.get(namn)).map(Layoutversion::rapport);
    }

    /** The same set with one layout replaced (a published version, or a draft being previewed). */
    public Layoutuppsattning med(Layoutversion layout) {
        Map<String, Layoutversion> m = new LinkedHashMap<>(layouter);
        m.put(layout.namn(), layout);
        return new Layoutuppsattning(m);
    }

    /** Layout name → version number, sorted by name: what a rendered PM records. */
    public Map<String, Integer> versioner() {
        Map<String, Integer> v = new TreeMap<>();
        layouter.forEach((namn, layout) -> v.put(namn, layout.version()));
        return v;
    }

    /** The versions as one line, e.g. {@code pm=1, pm-tabell-5=2}. */
    public String beskrivning() {
        StringBuilder s = new StringBuilder();
        versioner().forEach((namn, version) -> s.append(s.isEmpty() ? "" : ", ").append(namn).append('=').append(version));
        return s.toString();
    }
}
