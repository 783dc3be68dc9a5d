package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JasperReport;

import java.util.Objects;

/**
 * One compiled layout of the PM and the version of the layout library it came from. Version 1 of
 * every layout is the one built from {@code reports/src/main/jasperreports}.
 *
 * @param namn    the layout's name: {@code pm} or {@code pm-tabell-<n>}
 * @param version the library's version number, 1 for the build's own layout
 * @param rapport the compiled layout, filled as it is and never changed
 */
public record Layoutversion(String namn, int version, JasperReport rapport) {

    public Layoutversion {
        Objects.requireNonNull(namn, "Layouten behöver ett namn.");
        Objects.requireNonNull(rapport, "Layouten behöver sin kompilerade rapport.");
        if (version < 1) {
            throw new IllegalArgumentException("Versionsnummer börjar på 1, inte " + version);
        }
    }
}
