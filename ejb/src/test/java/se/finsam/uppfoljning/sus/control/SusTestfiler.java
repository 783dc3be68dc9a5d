package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Del;
import se.finsam.uppfoljning.sus.control.SusKolumnprofil.Grupp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Synthetic SUS files for the decode tests: consistent figures for a few insatser, every group. */
final class SusTestfiler {

    static final LocalDate UTTAG = LocalDate.of(2023, 1, 16);
    static final SusAvkodning.Forvantan H2_2022 = new SusAvkodning.Forvantan(2022, 2, Optional.empty());
    static final SusMall.Inledning INLEDNING = new SusMall.Inledning("Deltagarrapport", UTTAG,
            LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    static final int INSATSER = 5;

    private SusTestfiler() {
    }

    static Function<String, Optional<String>> insatser() {
        return namn -> namn.matches("Insats [0-9]+") ? Optional.of("kod-" + namn.substring(7)) : Optional.empty();
    }

    static List<String> rubriker() {
        return SusMall.rubriker(EnumSet.allOf(Grupp.class));
    }

    /** Row i's figures: K and M differ per measure, every sum right. */
    static List<List<Object>> rader(int antal) {
        List<List<Object>> rader = new ArrayList<>();
        for (int i = 1; i <= antal; i++) {
            List<Object> rad = new ArrayList<>();
            rad.add("Insats " + i);
            int n = 0;
            for (SusKolumnprofil.Matt m : SusKolumnprofil.MATT) {
                int k = (i * 7 + n * 3) % 40;
                int man = (i * 5 + n * 11) % 40;
                n++;
                for (SusKolumnprofil.Kolumn kol : m.kolumner()) {
                    if (m.slag() == SusKolumnprofil.Slag.DECIMAL) {
                        rad.add(kol.del() == Del.K ? 120.5 : 98.0);
                    } else {
                        rad.add(switch (kol.del()) {
                            case K -> k;
                            case M -> man;
                            case SUMMA -> k + man;
                            case TOTAL -> k;
                        });
                    }
                }
            }
            rader.add(rad);
        }
        return rader;
    }

    static byte[] xlsx() {
        return SusMall.xlsx(INLEDNING, rubriker(), rader(INSATSER));
    }

    static byte[] csv() {
        return SusMall.csv(INLEDNING, rubriker(), rader(INSATSER));
    }

    static SusAvkodning.Resultat avkoda(byte[] fil) {
        return SusAvkodning.avkoda(fil, H2_2022, insatser(), rad -> { });
    }

    /** The zip entries of an xlsx, in order, as bytes. */
    static Map<String, byte[]> delar(byte[] xlsx) {
        // through the central directory: POI's streaming writer leaves the local headers' sizes at 0
        Map<String, byte[]> delar = new LinkedHashMap<>();
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("sus-test", ".zip");
            try {
                java.nio.file.Files.write(tmp, xlsx);
                try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(tmp.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zf.entries())) {
                        try (java.io.InputStream in = zf.getInputStream(e)) {
                            delar.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                java.nio.file.Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return delar;
    }

    static byte[] zip(Map<String, byte[]> delar) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(ut)) {
            for (Map.Entry<String, byte[]> d : delar.entrySet()) {
                z.putNextEntry(new ZipEntry(d.getKey()));
                z.write(d.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /** The xlsx with one part's text changed. */
    static byte[] andraDel(byte[] xlsx, String del, UnaryOperator<String> andring) {
        Map<String, byte[]> delar = delar(xlsx);
        String text = new String(delar.get(del), java.nio.charset.StandardCharsets.UTF_8);
        delar.put(del, andring.apply(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return zip(delar);
    }
}
