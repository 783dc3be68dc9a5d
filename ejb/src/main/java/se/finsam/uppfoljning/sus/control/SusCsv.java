package se.finsam.uppfoljning.sus.control;

import se.finsam.uppfoljning.sus.SusFel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small strict reader of SUS's CSV export: semicolon separated, fields optionally in double quotes
 * (a quote inside written twice), rows ended by CRLF or LF; UTF-8 (with or without BOM) or, when the
 * bytes are not UTF-8, Windows-1252 as Excel saves "CSV (semikolonavgränsad)" on Swedish Windows.
 * A stray quote, an unterminated quoted field or a control character refuses the file, naming the row.
 */
final class SusCsv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SusCsv() {
    }

    static void las(byte[] innehall, SusFil.Radmottagare mottagare) throws SusAvvisning {
        String text = avkoda(innehall);
        mottagare.uppskattning((int) text.chars().filter(c -> c == '\n').count() + 1);
        List<SusCell> celler = new ArrayList<>();
        StringBuilder falt = new StringBuilder();
        int rad = 1;
        int kolumn = 0;
        boolean citerat = false;      // inside a quoted field
        boolean varCiterat = false;   // the current field was quoted and has been closed
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (citerat) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        falt.append('"');
                        i += 2;
                        continue;
                    }
                    citerat = false;
                    varCiterat = true;
                } else {
                    lagg(falt, c, rad);
                }
                i++;
                continue;
            }
            if (c == ';') {
                SusFil.kontrolleraKolumn(rad, kolumn + 1);
                cell(celler, kolumn, falt, varCiterat);
                kolumn++;
                varCiterat = false;
            } else if (c == '\n' || c == '\r') {
                cell(celler, kolumn, falt, varCiterat);
                mottagare.rad(rad, List.copyOf(celler));
                celler.clear();
                kolumn = 0;
                varCiterat = false;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                rad++;
                SusFil.kontrolleraRad(rad);
            } else if (c == '"') {
                if (!falt.isEmpty() || varCiterat) {
                    throw fel(rad, "citattecken mitt i ett fält");
                }
                citerat = true;
            } else if (varCiterat) {
                throw fel(rad, "tecken efter ett citerat fält");
            } else {
                lagg(falt, c, rad);
            }
            i++;
        }
        if (citerat) {
            throw fel(rad, "ett citerat fält avslutas aldrig");
        }
        if (kolumn > 0 || !falt.isEmpty() || varCiterat) {
            cell(celler, kolumn, falt, varCiterat);
            mottagare.rad(rad, List.copyOf(celler));
        }
    }

    private static void lagg(StringBuilder falt, char c, int rad) throws SusAvvisning {
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
            throw fel(rad, "otillåtet styrtecken");
        }
        if (falt.length() >= SusFil.MAX_CELLTEXT) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_LANG_TEXT, rad, "", SusFil.MAX_CELLTEXT));
        }
        falt.append(c);
    }

    private static void cell(List<SusCell> celler, int kolumn, StringBuilder falt, boolean citerat) {
        String v = citerat ? falt.toString() : falt.toString().strip();
        if (!v.isEmpty()) {
            celler.add(new SusCell(kolumn, SusCell.Typ.TEXT, v));
        }
        falt.setLength(0);
    }

    private static SusAvvisning fel(int rad, String vad) {
        return new SusAvvisning(SusProblem.of(SusFel.SUS_TECKENKODNING, rad, "", vad));
    }

    /** UTF-8 if the bytes are UTF-8 (a BOM is dropped), otherwise Windows-1252; never guessing past that. */
    static String avkoda(byte[] innehall) throws SusAvvisning {
        int start = 0;
        if (innehall.length >= 3 && (innehall[0] & 0xff) == 0xEF && (innehall[1] & 0xff) == 0xBB && (innehall[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (innehall.length >= 2 && ((innehall[0] & 0xff) == 0xFF && (innehall[1] & 0xff) == 0xFE
                || (innehall[0] & 0xff) == 0xFE && (innehall[1] & 0xff) == 0xFF)) {
            throw new SusAvvisning(SusProblem.of(SusFel.SUS_TECKENKODNING, 0, "", "UTF-16 stöds inte; spara som UTF-8"));
        }
        for (int i = start; i < innehall.length; i++) {
            if (innehall[i] == 0) {
                throw new SusAvvisning(SusProblem.of(SusFel.SUS_OKANT_FORMAT, 0, ""));
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(innehall, start, innehall.length - start);
        try {
            return strikt(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            bytes.position(start);
            try {
                return strikt(WINDOWS_1252, bytes);
            } catch (CharacterCodingException e) {
                throw new SusAvvisning(SusProblem.of(SusFel.SUS_TECKENKODNING, 0, "",
                        "tecknen är varken UTF-8 eller Windows-1252"));
            }
        }
    }

    private static String strikt(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
        return chars.toString();
    }
}
