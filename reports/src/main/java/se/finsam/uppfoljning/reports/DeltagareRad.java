package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Objects;

/**
 * A row of a participant-statistics table (6–9): an insats, a termination reason or a sum row
 * ("Summa:", "Fördelning kvinnor/män:", "S:a Arbete"), with up to twelve cells already as the PM
 * prints them ("112", "48 %", "–", "" where the row has no such cell). Each table fixes its width;
 * a getter past the row's width gives "" so one bean serves every table's layout.
 */
public final class DeltagareRad {

    private final String namn;
    private final boolean summa;
    private final List<String> celler;

    /** @param celler the row's cells in column order (table 6: inregistrerade, avslutade, avslutade hela perioden, pågående; each K, M, S:a) */
    public DeltagareRad(String namn, boolean summa, List<String> celler) {
        this.namn = Objects.requireNonNull(namn);
        this.summa = summa;
        if (celler.isEmpty() || celler.size() > 12) {
            throw new IllegalArgumentException("En deltagartabell har 1–12 celler per rad, inte " + celler.size());
        }
        this.celler = List.copyOf(celler);
    }

    /** The number of cells in this row. */
    public int bredd() {
        return celler.size();
    }

    private String cell(int i) {
        return i < celler.size() ? celler.get(i) : "";
    }

    public String getNamn() { return namn; }
    public Boolean getSumma() { return summa; }
    public String getC1() { return cell(0); }
    public String getC2() { return cell(1); }
    public String getC3() { return cell(2); }
    public String getC4() { return cell(3); }
    public String getC5() { return cell(4); }
    public String getC6() { return cell(5); }
    public String getC7() { return cell(6); }
    public String getC8() { return cell(7); }
    public String getC9() { return cell(8); }
    public String getC10() { return cell(9); }
    public String getC11() { return cell(10); }
    public String getC12() { return cell(11); }
}
