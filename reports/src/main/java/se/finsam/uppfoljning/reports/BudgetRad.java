package se.finsam.uppfoljning.reports;

import java.util.Objects;

/**
 * A row of Tabell 4 "Prognos och utfall budget", amounts already in whole TSEK and the kvot in whole
 * percent, formatted here so that PDF, DOCX and XLSX print the same text. The whole-year columns and
 * the carry-over are null in the first half-year's PM (and print nothing there: the H1 form has no
 * such columns).
 */
public final class BudgetRad {

    private final String kommun;
    private final String namn;
    private final long utfallHalvarTsek;
    private final long budgetHalvarTsek;
    private final Integer kvotHalvar;
    private final Long utfallArTsek;
    private final Long budgetArTsek;
    private final Integer kvotAr;
    private final String not;
    private final Long overfortTsek;

    /**
     * @param kommun       the insats owner as the table's first column names it
     * @param kvotHalvar   the first half-year's förbrukningskvot in percent; null when undefined
     * @param kvotAr       the whole year's kvot (H2 form); null in H1 or when undefined
     * @param overfortTsek the approved carry-over to next year (H2 form); null when none
     */
    public BudgetRad(String kommun, String namn, long utfallHalvarTsek, long budgetHalvarTsek, Integer kvotHalvar,
                     Long utfallArTsek, Long budgetArTsek, Integer kvotAr, String not, Long overfortTsek) {
        this.kommun = kommun;
        this.namn = Objects.requireNonNull(namn, "Raden behöver insatsens namn.");
        this.utfallHalvarTsek = utfallHalvarTsek;
        this.budgetHalvarTsek = budgetHalvarTsek;
        this.kvotHalvar = kvotHalvar;
        this.utfallArTsek = utfallArTsek;
        this.budgetArTsek = budgetArTsek;
        this.kvotAr = kvotAr;
        this.not = not;
        this.overfortTsek = overfortTsek;
    }

    public String getKommun() { return SwedishFormat.text(kommun); }
    public String getNamn() { return namn; }
    public String getUtfallHalvar() { return SwedishFormat.integer(utfallHalvarTsek); }
    public String getBudgetHalvar() { return SwedishFormat.integer(budgetHalvarTsek); }
    public String getKvotHalvar() { return SwedishFormat.percent(kvotHalvar); }
    public String getUtfallAr() { return SwedishFormat.integer(utfallArTsek); }
    public String getBudgetAr() { return SwedishFormat.integer(budgetArTsek); }
    public String getKvotAr() { return SwedishFormat.percent(kvotAr); }
    public String getNot() { return not == null ? "" : not; }
    /** Empty rather than "–" where nothing was carried over, as the PM leaves the cell blank. */
    public String getOverfort() { return overfortTsek == null ? "" : SwedishFormat.integer(overfortTsek); }
}
