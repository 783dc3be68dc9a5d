package se.finsam.uppfoljning.deltagare.entity;

/** The target-group profile's categories, each in one dimension; a dimension sums to the population. */
public enum Malgruppskategori {
    ALDER_UNDER_30(Dimension.ALDER, "Under 30 år"),
    ALDER_30_44(Dimension.ALDER, "30–44 år"),
    ALDER_45_59(Dimension.ALDER, "45–59 år"),
    ALDER_60_ELLER_MER(Dimension.ALDER, "60 år eller mer"),
    FORSORJNING_INGEN(Dimension.FORSORJNING, "Ingen offentlig försörjning"),
    FORSORJNING_UNDER_1_AR(Dimension.FORSORJNING, "Mindre än 1 år"),
    FORSORJNING_1_3_AR(Dimension.FORSORJNING, "1–3 år"),
    FORSORJNING_3_AR_ELLER_MER(Dimension.FORSORJNING, "3 år eller mer"),
    UTBILDNING_GRUNDSKOLA(Dimension.UTBILDNING, "Högst grundskola"),
    UTBILDNING_GYMNASIUM(Dimension.UTBILDNING, "Gymnasium"),
    UTBILDNING_EFTERGYMNASIAL(Dimension.UTBILDNING, "Eftergymnasial utbildning"),
    UTBILDNING_OKAND(Dimension.UTBILDNING, "Saknas eller okänd");

    public enum Dimension {
        ALDER("Ålder"), FORSORJNING("År med offentlig försörjning före insatsen"), UTBILDNING("Högsta utbildning");

        private final String rubrik;

        Dimension(String rubrik) {
            this.rubrik = rubrik;
        }

        public String rubrik() {
            return rubrik;
        }
    }

    private final Dimension dimension;
    private final String benamning;

    Malgruppskategori(Dimension dimension, String benamning) {
        this.dimension = dimension;
        this.benamning = benamning;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String benamning() {
        return benamning;
    }
}
