package se.finsam.uppfoljning.kvartalsrapport.boundary;

/**
 * The quarter the overview opens on, and the latest quarter whose deadline has passed; they differ
 * when that later quarter has no reports yet, and the page then says so.
 */
public record Oversiktskvartal(int ar, int kvartal, int senasteFristAr, int senasteFristKvartal) {

    public boolean senareKvartalUtanRapporter() {
        return ar != senasteFristAr || kvartal != senasteFristKvartal;
    }
}
