package se.finsam.uppfoljning.sus.control;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import se.finsam.uppfoljning.sus.SusFel;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The Excel half of {@link SusFil}: POI's event API (SAX over the first worksheet; shared strings
 * through POI's read-only table), so memory follows the limits, not the file. The workbook is opened
 * from a temporary file so that POI inflates only the parts read, each through its zip-bomb guard.
 * Cells are taken as the file stores them (type and raw value), never formatted or evaluated.
 */
final class SusXlsx {

    private static final String MAKRO_TYP = "macroenabled";

    private SusXlsx() {
    }

    static void las(byte[] innehall, SusFil.Radmottagare mottagare) throws SusAvvisning {
        Path fil = null;
        try {
            fil = Files.createTempFile("sus-import-", ".xlsx");
            Files.write(fil, innehall);
            try (OPCPackage paket = OPCPackage.open(fil.toFile(), PackageAccess.READ)) {
                for (PackagePart del : paket.getParts()) {
                    String typ = del.getContentType().toLowerCase(Locale.ROOT);
                    String namn = del.getPartName().getName().toLowerCase(Locale.ROOT);
                    if (typ.contains(MAKRO_TYP) || namn.contains("vbaproject") || typ.contains("vbaproject")) {
                        throw new SusAvvisning(SusProblem.of(SusFel.SUS_MAKRON, 0, ""));
                    }
                }
                XSSFReader lasare = new XSSFReader(paket);
                lasare.setUseReadOnlySharedStringsTable(true);
                SharedStrings strangar = lasare.getSharedStringsTable();
                Iterator<InputStream> blad = lasare.getSheetsData();
                if (!blad.hasNext()) {
                    throw new SusAvvisning(SusProblem.of(SusFel.SUS_TOM_FIL, 0, ""));
                }
                try (InputStream forsta = blad.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    Blad hanterare = new Blad(strangar, mottagare);
                    xml.setContentHandler(hanterare);
                    xml.parse(new InputSource(forsta));
                }
            }
        } catch (SusAvvisning e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof SusAvvisning a) {
                throw a;
            }
            throw skadad("XML-fel i arbetsboken");
        } catch (IOException | OpenXML4JException | ParserConfigurationException e) {
            throw skadad(orsak(e));
        } catch (POIXMLException | OpenXML4JRuntimeException | RecordFormatException | IllegalArgumentException e) {
            // POI's unchecked refusals of a broken package (missing parts, bad relationships, a part too large)
            throw skadad(orsak(e));
        } finally {
            if (fil != null) {
                try {
                    Files.deleteIfExists(fil);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the server's temp directory
                }
            }
        }
    }

    private static String orsak(Exception e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("zip bomb") || m.contains("inflate") || m.contains("max entry size") || m.contains("exceed")) {
            return "en del packas upp till orimlig storlek";
        }
        return "inte en giltig Excel-arbetsbok";
    }

    private static SusAvvisning skadad(String orsak) {
        return new SusAvvisning(SusProblem.of(SusFel.SUS_SKADAD, 0, "", orsak));
    }

    /** SAX over one worksheet's XML: {@code <row r>}, {@code <c r t>}, {@code <f>}, {@code <v>}, {@code <is><t>}. */
    private static final class Blad extends DefaultHandler {

        private final SharedStrings strangar;
        private final SusFil.Radmottagare mottagare;
        private final List<SusCell> celler = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rad;
        private int senasteRad;
        private int kolumn;
        private int nastaKolumn;
        private String typ;
        private boolean formel;
        private boolean samlar;
        private boolean inlineText;

        Blad(SharedStrings strangar, SusFil.Radmottagare mottagare) {
            this.strangar = strangar;
            this.mottagare = mottagare;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = a.getValue("r");
                    rad = r == null ? senasteRad + 1 : heltal(r);
                    if (rad <= senasteRad) {
                        throw stopp(skadad("raderna är inte i ordning"));
                    }
                    kontroll(() -> SusFil.kontrolleraRad(rad));
                    celler.clear();
                    nastaKolumn = 0;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    kolumn = r == null ? nastaKolumn : kolumnAv(r);
                    kontroll(() -> SusFil.kontrolleraKolumn(rad, kolumn));
                    nastaKolumn = kolumn + 1;
                    typ = a.getValue("t");
                    formel = false;
                    text.setLength(0);
                }
                case "f" -> {
                    formel = true;
                    samlar = true;
                    text.setLength(0);
                }
                case "v" -> {
                    samlar = !formel;
                    if (!formel) {
                        text.setLength(0);
                    }
                }
                case "is" -> inlineText = true;
                case "dimension" -> {
                    String ref = a.getValue("ref");
                    int kolon = ref == null ? -1 : ref.indexOf(':');
                    if (kolon > 0) {
                        try {
                            mottagare.uppskattning(new CellReference(ref.substring(kolon + 1)).getRow() + 1);
                        } catch (IllegalArgumentException e) {
                            // a dimension is a hint only
                        }
                    }
                }
                case "t" -> samlar = inlineText;
                default -> {
                    // other elements (sheet properties, merged cells, ...) carry nothing we read
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (samlar) {
                if (text.length() + length > SusFil.MAX_CELLTEXT * 4) {
                    throw stopp(new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_LANG_TEXT, rad,
                            SusCell.bokstav(kolumn), SusFil.MAX_CELLTEXT)));
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "f", "v", "t" -> samlar = false;
                case "is" -> inlineText = false;
                case "c" -> cell();
                case "row" -> {
                    senasteRad = rad;
                    List<SusCell> rader = List.copyOf(celler);
                    kontroll(() -> mottagare.rad(rad, rader));
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private void cell() throws SAXException {
            String v = text.toString();
            SusCell.Typ t;
            if (formel) {
                t = SusCell.Typ.FORMEL;
            } else if (typ == null || "n".equals(typ)) {
                t = SusCell.Typ.TAL;
            } else {
                t = switch (typ) {
                    case "s" -> SusCell.Typ.TEXT;
                    case "inlineStr", "str", "d" -> SusCell.Typ.TEXT;
                    case "b" -> SusCell.Typ.SANT_FALSKT;
                    case "e" -> SusCell.Typ.FEL;
                    default -> throw stopp(skadad("okänd celltyp"));
                };
                if ("s".equals(typ)) {
                    v = delad(v);
                }
            }
            if (v.length() > SusFil.MAX_CELLTEXT) {
                throw stopp(new SusAvvisning(SusProblem.of(SusFel.SUS_FOR_LANG_TEXT, rad,
                        SusCell.bokstav(kolumn), SusFil.MAX_CELLTEXT)));
            }
            if (!v.isBlank() || t == SusCell.Typ.FORMEL) {
                celler.add(new SusCell(kolumn, t, t == SusCell.Typ.TEXT ? v.strip() : v));
            }
            formel = false;
            text.setLength(0);
        }

        private String delad(String index) throws SAXException {
            int i = heltal(index.strip());
            if (i < 0 || i >= strangar.getCount()) {
                throw stopp(skadad("en text saknas i arbetsbokens texttabell"));
            }
            return strangar.getItemAt(i).getString();
        }

        private int heltal(String s) throws SAXException {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw stopp(skadad("ogiltigt radnummer"));
            }
        }

        private int kolumnAv(String ref) throws SAXException {
            try {
                CellReference c = new CellReference(ref);
                if (c.getRow() + 1 != rad && c.getRow() >= 0) {
                    throw stopp(skadad("en cell ligger på fel rad"));
                }
                return c.getCol();
            } catch (IllegalArgumentException e) {
                throw stopp(skadad("ogiltig cellreferens"));
            }
        }

        private static SAXException stopp(SusAvvisning a) {
            return new SAXException(a);
        }

        private interface Kontroll {
            void kor() throws SusAvvisning;
        }

        private static void kontroll(Kontroll k) throws SAXException {
            try {
                k.kor();
            } catch (SusAvvisning a) {
                throw stopp(a);
            }
        }
    }
}
