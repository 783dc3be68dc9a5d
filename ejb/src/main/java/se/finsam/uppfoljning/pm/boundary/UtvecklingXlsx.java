package se.finsam.uppfoljning.pm.boundary;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Km;
import se.finsam.uppfoljning.deltagare.boundary.Deltagartabellerna.Procent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (SXSSFWorkbook bok = new SXSSFWorkbook(200)) {
            Sheet blad = bok.createSheet("Utveckling");
            Font fet = bok.createFont();
            fet.setBold(true);
            CellStyle rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            Row huvud = blad.createRow(0);
            for (int k = 0; k < RUBRIKER.size(); k++) {
                huvud.createCell(k).setCellValue(RUBRIKER.get(k));
                huvud.getCell(k).setCellStyle(rubrik);
            }
            int r = 1;
            for (Utvecklingen.Serie s : serier) {
                for (Utvecklingen.Punkt p : s.punkter()) {
                    Row rad = blad.createRow(r++);
                    rad.createCell(0).setCellValue(s.namn() == null ? "" : s.namn());
                    List<Integer> tal = new ArrayList<>(List.of(p.ar(), p.halvar()));
                    tal.add(p.forbrukningskvotProcent());
                    km(tal, p.inregistrerade());
                    km(tal, p.avslutade());
                    km(tal, p.pagaende());
                    tal.add(procent(p.andelK()));
                    tal.add(procent(p.andelM()));
                    for (int k = 0; k < tal.size(); k++) {
                        if (tal.get(k) != null) {
                            rad.createCell(k + 1).setCellValue(tal.get(k));
                        }
                    }
                }
            }
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            bok.write(ut);
            bok.dispose();
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void km(List<Integer> tal, Km km) {
        tal.add(km == null ? null : km.k());
        tal.add(km == null ? null : km.m());
        tal.add(km == null ? null : km.summa());
    }

    private static Integer procent(Procent p) {
        return p == null ? null : p.varde();
    }
}
