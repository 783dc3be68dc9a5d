package se.finsam.uppfoljning.reports;

import java.util.List;
import java.util.Objects;

/**
 * A row of Tabell 6 "Antal deltagare": an insats (or the table's "Summa:" and "Fördelning
 * kvinnor/män:" rows) with twelve cells, K, M and S:a for each of four columns, already as the PM
 * prints them ("112", "48 %", "" where the row has no such cell).
 */
public final class DeltagareRad {

    private final String namn;
    private final boolean summa;
    private final List<String> celler;

    /** @param celler twelve cells: inregistrerade, avslutade, avslutade hela perioden, pågående; each K, M, S:a */
    public DeltagareRad(String namn, boolean summa, List<String> celler) {
        this.namn = Objects.requireNonNull(namn);
        this.summa = summa;
        if (celler.size() != 12) {
            throw new IllegalArgumentException("Tabell 6 har tolv celler per rad, inte " + celler.size());
        }
        this.celler = List.copyOf(celler);
    }

    public String getNamn() { return namn; }
    public Boolean getSumma() { return summa; }
    public String getC1() { return celler.get(0); }
    public String getC2() { return celler.get(1); }
    public String getC3() { return celler.get(2); }
    public String getC4() { return celler.get(3); }
    public String getC5() { return celler.get(4); }
    public String getC6() { return celler.get(5); }
    public String getC7() { return celler.get(6); }
    public String getC8() { return celler.get(7); }
    public String getC9() { return celler.get(8); }
    public String getC10() { return celler.get(9); }
    public String getC11() { return celler.get(10); }
    public String getC12() { return celler.get(11); }
}
