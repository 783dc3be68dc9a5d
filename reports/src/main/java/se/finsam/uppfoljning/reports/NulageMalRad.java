package se.finsam.uppfoljning.reports;

import java.util.Objects;

/** A row of Tabell 2; a bean for the same reason as {@link InsatsRad}. */
public final class NulageMalRad extends GrupperadRad {

    private final String status;
    private final String prognos;
    private final Trafikljus trafikljus;

    /**
     * @param status  "Insatsen ligger i fas gällande uppsatta mål", as answered ("Ja, i stort sett")
     * @param prognos "Styrgruppens prognos för måluppfyllelse", as answered
     */
    public NulageMalRad(String grupp, String namn, String status, String prognos, Trafikljus trafikljus) {
        super(grupp, namn);
        this.status = status;
        this.prognos = prognos;
        this.trafikljus = Objects.requireNonNull(trafikljus, "Raden behöver ett trafikljus.");
    }



    public String getStatus() {
        return SwedishFormat.text(status);
    }

    public String getPrognos() {
        return SwedishFormat.text(prognos);
    }

    /** The light's code (GRON, GUL, ROD, INGEN), which the layout's conditional style colours by. */
    public String getTrafikljus() {
        return trafikljus.name();
    }

    /** The light in words, printed beside the colour so that it does not rest on colour alone. */
    public String getTrafikljusText() {
        return trafikljus.label();
    }
}
