package se.finsam.uppfoljning.pm.boundary;

import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;
import se.finsam.uppfoljning.plattform.control.Kalkylblad;

import java.util.ArrayList;
import java.util.List;

/**
 * The series of {@link Utvecklingen} as one sheet, a row per series and half-year: the figures as
 * number cells (so that a reader can chart them), an empty cell where the PM printed none.
 */
final class UtvecklingXlsx {

    static final List<String> RUBRIKER = List.of("Serie", "År", "Halvår", "Förbrukningskvot (%)",
            "Inregistrerade K", "Inregistrerade M", "Inregistrerade S:a", "Avslutade K", "Avslutade M", "Avslutade S:a",
            "Pågående K", "Pågående M", "Pågående S:a", "Till arbete/studier K (%)", "Till arbete/studier M (%)");

    private UtvecklingXlsx() {
    }

    static byte[] av(Utvecklingen u) {
        List<Utvecklingen.Serie> serier = new ArrayList<>();
        if (u.forbund() != null) {
            serier.add(u.forbund());
        }
        serier.addAll(u.insatser());
        List<List<Object>> rader = new ArrayList<>();
        for (Utvecklingen.Serie s : serier) {
            for (Utvecklingen.Punkt p : s.punkter()) {
                List<Object> rad = new ArrayList<>(List.of(s.namn() == null ? "" : s.namn(), p.ar(), p.halvar()));
                rad.add(p.forbrukningskvotProcent());
                km(rad, p.inregistrerade());
                km(rad, p.avslutade());
                km(rad, p.pagaende());
                rad.add(procent(p.andelK()));
                rad.add(procent(p.andelM()));
                rader.add(rad);
            }
        }
        return Kalkylblad.xlsx("Utveckling", List.of(), RUBRIKER, rader);
    }

    private static void km(List<Object> rad, Km km) {
        rad.add(km == null ? null : km.k());
        rad.add(km == null ? null : km.m());
        rad.add(km == null ? null : km.summa());
    }

    private static Integer procent(Procent p) {
        return p == null ? null : p.varde();
    }
}
