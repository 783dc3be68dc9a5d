package se.finsam.uppfoljning.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of Tabell 5: one insats and its answer to each question of the year's question set, in the
 * set's order. A bean for the same reason as {@link InsatsRad}; the answers are offered as
 * {@code svar1 … svar10} because a layout's columns are fixed fields (see {@link KvalitetTabell}).
 */
public final class KvalitetRad extends GrupperadRad {

    private final List<String> svar;

    /** @param svar the answers as printed ("Ja", "Delvis", "Ok"), null where the report has none */
    public KvalitetRad(String grupp, String namn, List<String> svar) {
        super(grupp, namn);
        if (svar.size() > KvalitetTabell.MAX_FRAGOR) {
            throw new IllegalArgumentException("Tabell 5 rymmer " + KvalitetTabell.MAX_FRAGOR + " frågor, inte " + svar.size());
        }
        this.svar = new ArrayList<>(svar);
    }

    int antalSvar() {
        return svar.size();
    }



    private String svar(int n) {
        if (n > svar.size()) {
            return null;
        }
        String s = svar.get(n - 1);
        return SwedishFormat.text(s);
    }

    public String getSvar1() { return svar(1); }
    public String getSvar2() { return svar(2); }
    public String getSvar3() { return svar(3); }
    public String getSvar4() { return svar(4); }
    public String getSvar5() { return svar(5); }
    public String getSvar6() { return svar(6); }
    public String getSvar7() { return svar(7); }
    public String getSvar8() { return svar(8); }
    public String getSvar9() { return svar(9); }
    public String getSvar10() { return svar(10); }
}
