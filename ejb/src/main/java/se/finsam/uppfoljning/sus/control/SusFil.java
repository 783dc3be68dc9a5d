package se.finsam.uppfoljning.sus.control;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.IOUtils;
import se.finsam.uppfoljning.sus.SusFel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a SUS export, Excel (.xlsx) or CSV, row by row into a {@link Radmottagare}, with every limit
 * on: the file's size, rows and columns, a cell's length, and POI's zip-bomb and record-size guards.
 * The format is sniffed from the content, never taken from the file name. Nothing is evaluated
 * (formulas are refused), nothing outside the file is read (POI's XML parsers refuse DOCTYPEs).
 * Why these choices: docs/decisions/0016-sus-import-parser.md.
 */
public final class SusFil {

    public static final int MAX_MB = 10;
    public static final int MAX_BYTES = MAX_MB * 1024 * 1024;
    /** Data and heading rows; Sweden's national volume was 1 105 insatser in 2018. */
    public static final int MAX_RADER = 10_000;
    public static final int MAX_KOLUMNER = 300;
    public static final int MAX_CELLTEXT = 500;
    /** No part of a workbook (the sheet's XML, the shared strings) may inflate beyond this. */
    static final long MAX_DEL_BYTES = 32L * 1024 * 1024;
    /** A part may inflate at most 100 times (POI's default ratio; a bomb inflates thousands of times). */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_DELAR = 200;

    static {
        // POI's guards are JVM-wide; these are at least as strict as POI's defaults
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_DEL_BYTES));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_DELAR));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_DEL_BYTES));
        IOUtils.setByteArrayMaxOverride((int) MAX_DEL_BYTES);
    }

    /** What reading hands on: one row at a time, empty cells left out. */
    @FunctionalInterface
    public interface Radmottagare {
        /**
         * @param rad the row number as Excel shows it (1-based)
         * @throws SusAvvisning to stop reading (too many problems, say)
         */
        void rad(int rad, List<SusCell> celler) throws SusAvvisning;

        /** How many rows the file says it has, when it says so before them (for a progress bar). */
        default void uppskattning(int rader) {
        }
    }

    public enum Format { XLSX, CSV }

    private SusFil() {
    }

    /** Sniffs the format and reads every row; returns the format read. */
    public static Format las(byte[] innehall, Radmottagare mottagare) throws SusAvvisning {
        if (innehall.length > MAX_BYTES) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_STOR, 0, "", MAX_MB));
        }
        if (innehall.length == 0) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_TOM_FIL, 0, ""));
        }
        FileMagic magic = sniff(innehall);
        switch (magic) {
            case OOXML -> {
                SusXlsx.las(innehall, mottagare);
                return Format.XLSX;
            }
            case OLE2, BIFF2, BIFF3, BIFF4 ->
                    throw new SusAvvisning(SusProblem.of(SusFel.SUS_GAMMALT_ELLER_KRYPTERAT, 0, ""));
            case UNKNOWN, XML, HTML -> {
                SusCsv.las(innehall, mottagare);
                return Format.CSV;
            }
            default -> throw new SusAvvisning(SusProblem.of(SusFel.SUS_OKANT_FORMAT, 0, ""));
        }
    }

    private static FileMagic sniff(byte[] innehall) throws SusAvvisning {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(innehall))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_SKADAD, 0, "", "okänd början"));
        }
    }

    static void kontrolleraKolumn(int rad, int kolumn) throws SusAvvisning {
        if (kolumn >= MAX_KOLUMNER || kolumn < 0) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_MANGA_RADER, rad, "", MAX_RADER, MAX_KOLUMNER));
        }
    }

    static void kontrolleraRad(int rad) throws SusAvvisning {
        if (rad > MAX_RADER || rad < 1) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_MANGA_RADER, 0, "", MAX_RADER, MAX_KOLUMNER));
        }
    }
}
