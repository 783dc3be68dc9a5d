package se.finsam.uppfoljning.kvartalsrapport.control;

import se.finsam.uppfoljning.kvartalsrapport.KvartalsrapportFel;
import se.finsam.uppfoljning.plattform.control.UppfoljningException;
import se.finsam.uppfoljning.plattform.control.UppfoljningException.FieldError;
import se.finsam.uppfoljning.plattform.entity.Rapportperiod;

import java.util.List;

/**
 * A report's quarter as it arrives in an address ({@code .../kvartalsrapporter/2022/5}). One that is
 * none refuses with 400 {@code KVR-007} naming the field, the quarterly reports' own code for it
 * (the range itself is {@link Rapportperiod}'s).
 */
public final class Rapportperioder {

    private Rapportperioder() {
    }

    public static Rapportperiod av(int ar, int kvartal) {
        try {
            return new Rapportperiod(ar, kvartal);
        } catch (IllegalArgumentException e) {
            throw UppfoljningException.withFields(KvartalsrapportFel.OGILTIG_PERIOD,
                    List.of(new FieldError(kvartal < 1 || kvartal > 4 ? "kvartal" : "ar", e.getMessage())));
        }
    }
}
