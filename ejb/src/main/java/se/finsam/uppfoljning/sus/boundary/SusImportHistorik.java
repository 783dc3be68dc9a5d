package se.finsam.uppfoljning.sus.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** One committed SUS import: the file, its period and SUS extraction date, what it changed, who and when. */
public record SusImportHistorik(long id, String filnamn, String innehallshash, String format, int ar, int halvar,
                                LocalDate uttagsdatum, String grupper, int insatser, int andrade, String inlastAv,
                                Instant inlastTid) implements java.io.Serializable {
}
