package se.finsam.uppfoljning.plattform.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An .xlsx workbook of one sheet, as the product hands tables out for Excel: optional opening lines,
 * a bold header row, then the rows; numbers as number cells (so that a reader can sum and chart
 * them), everything else as text, and an empty cell for null. POI's streaming writer keeps memory
 * flat for any number of rows.
 */
public final class Kalkylblad {

    private Kalkylblad() {
    }

    /**
     * @param inledning lines before the table (a blank line then separates them from it); may be empty
     */
    public static byte[] xlsx(String bladnamn, List<List<Object>> inledning, List<String> rubriker, List<List<Object>> rader) {
        try (SXSSFWorkbook bok = new SXSSFWorkbook(200)) {
            Sheet blad = bok.createSheet(bladnamn);
            Font fet = bok.createFont();
            fet.setBold(true);
            CellStyle rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            int r = 0;
            for (List<Object> rad : inledning) {
                celler(blad.createRow(r++), rad);
            }
            if (!inledning.isEmpty()) {
                r++;
            }
            Row huvud = blad.createRow(r++);
            for (int k = 0; k < rubriker.size(); k++) {
                Cell c = huvud.createCell(k);
                c.setCellValue(rubriker.get(k));
                c.setCellStyle(rubrik);
            }
            for (List<Object> rad : rader) {
                celler(blad.createRow(r++), rad);
            }
            ByteArrayOutputStream ut = new ByteArrayOutputStream();
            bok.write(ut);
            bok.dispose();
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void celler(Row row, List<Object> rad) {
        for (int k = 0; k < rad.size(); k++) {
            Object v = rad.get(k);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(k);
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(String.valueOf(v));
            }
        }
    }
}
