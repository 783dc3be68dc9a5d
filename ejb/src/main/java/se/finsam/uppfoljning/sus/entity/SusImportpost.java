package se.finsam.uppfoljning.sus.entity;

import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.persistence.AttributeOverride;
import se.finsam.uppfoljning.plattform.entity.Halvar;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import se.finsam.uppfoljning.plattform.entity.Numrerad;
import se.finsam.uppfoljning.plattform.entity.Stampel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record of one committed SUS import: the file (name, SHA-256 of its content, format, column
 * profile and groups), the period and SUS extraction date it carried, how many insatser it held and
 * changed, who committed it and when. Written once, never changed.
 */
@Entity
@Table(name = "sus_import")
@NamedQuery(name = SusImportpost.BY_FORBUND,
        query = "select s from SusImportpost s where s.forbundKod = :forbund order by s.inlast.nar desc, s.id desc")
@NamedQuery(name = SusImportpost.BY_FORBUND_AND_HASH,
        query = "select s from SusImportpost s where s.forbundKod = :forbund and s.innehallshash = :hash order by s.inlast.nar desc")
public class SusImportpost extends Numrerad {

    public static final String BY_FORBUND = "SusImportpost.byForbund";
    public static final String BY_FORBUND_AND_HASH = "SusImportpost.byForbundAndHash";

    @Column(name = "forbund_kod", nullable = false, length = 40)
    private String forbundKod;

    @Column(nullable = false)
    private int ar;

    @Column(nullable = false)
    private int halvar;

    @Column(nullable = false, length = 255)
    private String filnamn;

    @Column(nullable = false, length = 64)
    private String innehallshash;

    @Column(nullable = false, length = 10)
    private String format;

    @Column(nullable = false, length = 40)
    private String kolumnprofil;

    @Column(nullable = false, length = 200)
    private String grupper;

    @Column(nullable = false)
    private LocalDate uttagsdatum;

    @Column(nullable = false)
    private int insatser;

    @Column(nullable = false)
    private int andrade;

    @Embedded
    @AttributeOverride(name = "vem", column = @Column(name = "inlast_av"))
    @AttributeOverride(name = "nar", column = @Column(name = "inlast_tid"))
    private Stampel inlast;

    protected SusImportpost() {
    }

    public SusImportpost(String forbundKod, Halvar period, String filnamn, String innehallshash, String format,
                         String kolumnprofil, String grupper, LocalDate uttagsdatum, int insatser, int andrade,
                         String inlastAv, Instant inlastTid) {
        this.forbundKod = Objects.requireNonNull(forbundKod, "förbund");
        this.ar = period.ar();
        this.halvar = period.halvar();
        this.filnamn = Objects.requireNonNull(filnamn, "filnamn");
        if (innehallshash == null || innehallshash.length() != 64) {
            throw new IllegalArgumentException("Innehållets SHA-256 i hex krävs.");
        }
        this.innehallshash = innehallshash;
        this.format = Objects.requireNonNull(format, "format");
        this.kolumnprofil = Objects.requireNonNull(kolumnprofil, "kolumnprofil");
        this.grupper = Objects.requireNonNull(grupper, "grupper");
        this.uttagsdatum = Objects.requireNonNull(uttagsdatum, "uttagsdatum");
        this.insatser = insatser;
        this.andrade = andrade;
        this.inlast = Stampel.av(inlastAv, inlastTid);
    }

    public String forbundKod() { return forbundKod; }
    public Halvar period() { return new Halvar(ar, halvar); }
    public String filnamn() { return filnamn; }
    public String innehallshash() { return innehallshash; }
    public String format() { return format; }
    public String kolumnprofil() { return kolumnprofil; }
    public String grupper() { return grupper; }
    public LocalDate uttagsdatum() { return uttagsdatum; }
    public int insatser() { return insatser; }
    public int andrade() { return andrade; }

    /** Sets how many insatser the import changed, once its records are written (the row is written before them). */
    public void andrade(int antal) {
        if (antal < 0 || antal > insatser) {
            throw new IllegalArgumentException("andrade " + antal);
        }
        this.andrade = antal;
    }
    public String inlastAv() { return inlast.vem(); }
    public Instant inlastTid() { return inlast.nar(); }
}
