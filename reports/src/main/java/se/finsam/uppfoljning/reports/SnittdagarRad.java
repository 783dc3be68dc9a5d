package se.finsam.uppfoljning.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One insats in the bar chart of average days enrolled by sex: the values the bars are drawn from
 * (null where the insats reports none) and the same figures as the table under the chart prints them.
 */
public final class SnittdagarRad {

    private final String insats;
    private final BigDecimal kvinnor;
    private final BigDecimal man;

    public SnittdagarRad(String insats, BigDecimal kvinnor, BigDecimal man) {
        this.insats = Objects.requireNonNull(insats);
        this.kvinnor = kvinnor;
        this.man = man;
    }

    public String getInsats() { return insats; }
    public BigDecimal getKvinnor() { return kvinnor; }
    public BigDecimal getMan() { return man; }
    public String getKvinnorText() { return SwedishFormat.decimal(kvinnor); }
    public String getManText() { return SwedishFormat.decimal(man); }
}
