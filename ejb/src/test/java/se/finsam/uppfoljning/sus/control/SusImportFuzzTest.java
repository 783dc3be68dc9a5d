package se.finsam.uppfoljning.sus.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.deltagare.DeltagareFel;
import se.finsam.uppfoljning.plattform.Felkod;
import se.finsam.uppfoljning.sus.SusFel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds well over 200 mutated files to the decode step (no container): truncated, random byte
 * flips, wrong cell types, huge (rows, columns, cells, bytes), zip bombs, formulas, macros, XXE and
 * entity bombs in each XML part of the workbook, and other formats. For every one: no exception
 * but the decoder's own refusals (the problems, each with a catalogue code), never a partial result
 * (a clean decode has every insats of the original), and memory bounded (what one decode allocates
 * is measured on the thread and stays far below what a bomb would need).
 */
class SusImportFuzzTest {

    /** Far below what inflating any of the bombs here would allocate (≥ 100 MB each); plus 64 bytes per byte of file. */
    private static final long MAX_ALLOKERAT = 64L * 1024 * 1024;
    /** The import's own codes and deltagare's rules (K + M ≠ S:a in a file is DEL-010). */
    private static final Set<String> KODER = Stream.concat(Arrays.stream(SusFel.values()), Arrays.stream(DeltagareFel.values()))
            .map(Felkod::code).collect(Collectors.toSet());
    private static final String BLAD = "xl/worksheets/sheet1.xml";

    private final byte[] xlsx = SusTestfiler.xlsx();
    private final byte[] csv = SusTestfiler.csv();
    private final Random slump = new Random(20221231L);

    @Test
    void everyMutatedFileIsDecodedCleanlyOrRefusedWithCodesNeverHalfway() {
        Map<String, Supplier<byte[]>> fall = new LinkedHashMap<>();
        fall.put("original xlsx", () -> xlsx);
        fall.put("original csv", () -> csv);
        trunkerade(fall);
        vanda(fall);
        feltyper(fall);
        stora(fall);
        bomber(fall);
        formler(fall);
        makron(fall);
        xxe(fall);
        andraFormat(fall);
        assertThat(fall).hasSizeGreaterThanOrEqualTo(200);

        Map<String, Integer> utfall = new LinkedHashMap<>();
        com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        for (Map.Entry<String, Supplier<byte[]>> f : fall.entrySet()) {
            byte[] fil = f.getValue().get();
            long fore = tmx.getThreadAllocatedBytes(tid);
            SusAvkodning.Resultat r;
            try {
                r = SusTestfiler.avkoda(fil);
            } catch (RuntimeException e) {
                throw new AssertionError("oväntat undantag för \"" + f.getKey() + "\"", e);
            }
            long allokerat = tmx.getThreadAllocatedBytes(tid) - fore;
            assertThat(allokerat).as("allokerat för %s", f.getKey()).isLessThan(MAX_ALLOKERAT + fil.length * 64L);
            if (r.utdrag().isPresent()) {
                assertThat(r.problem()).isEmpty();
                assertThat(r.utdrag().get().rader()).as("ofullständigt resultat för %s", f.getKey())
                        .hasSize(SusTestfiler.INSATSER);
                utfall.merge("läst", 1, Integer::sum);
            } else {
                assertThat(r.problem()).as("avvisning utan problem för %s", f.getKey()).isNotEmpty();
                assertThat(r.problem()).allSatisfy(p -> {
                    assertThat(KODER).as("kod för %s", f.getKey()).contains(p.kod());
                    assertThat(p.meddelande()).isNotBlank().doesNotContain("root:");
                });
                r.problem().forEach(p -> utfall.merge(p.kod(), 1, Integer::sum));
            }
        }
        assertThat(fall.keySet()).contains("original xlsx");
        System.out.println("SusImportFuzzTest: " + fall.size() + " filer, utfall " + utfall);
        assertThat(SusTestfiler.avkoda(xlsx).utdrag()).isPresent();
    }

    @Test
    void theXmlPartsAreNeverResolvedOutsideTheFile() {
        // every part the import parses; a part it never reads (styles, document properties) cannot resolve
        // anything, and the big test checks those decode to the original or are refused
        for (String del : List.of(BLAD, "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels",
                "xl/_rels/workbook.xml.rels")) {
            SusAvkodning.Resultat r = SusTestfiler.avkoda(SusTestfiler.andraDel(xlsx, del, s -> medDoctype(s,
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;")));
            assertThat(r.utdrag()).as(del).isEmpty();
            assertThat(r.problem()).as(del).extracting(SusProblem::kod).containsAnyOf("DEL-105");
            assertThat(r.problem().toString()).doesNotContain("root:x:");
        }
    }

    private void trunkerade(Map<String, Supplier<byte[]>> fall) {
        for (int i = 1; i <= 40; i++) {
            int langd = (int) ((long) xlsx.length * i / 41);
            fall.put("xlsx avkortad till " + langd, () -> Arrays.copyOf(xlsx, langd));
        }
        for (int i = 1; i <= 20; i++) {
            int langd = (int) ((long) csv.length * i / 21);
            fall.put("csv avkortad till " + langd, () -> Arrays.copyOf(csv, langd));
        }
    }

    private void vanda(Map<String, Supplier<byte[]>> fall) {
        for (int i = 0; i < 60; i++) {
            int antal = 1 + slump.nextInt(20);
            long fro = slump.nextLong();
            fall.put("xlsx " + antal + " vända byte (" + fro + ")", () -> vand(xlsx, antal, new Random(fro)));
        }
        for (int i = 0; i < 25; i++) {
            int antal = 1 + slump.nextInt(5);
            long fro = slump.nextLong();
            fall.put("csv " + antal + " vända byte (" + fro + ")", () -> vand(csv, antal, new Random(fro)));
        }
        Map<String, byte[]> delar = SusTestfiler.delar(xlsx);
        for (String del : delar.keySet()) {
            long fro = slump.nextLong();
            fall.put("xlsx del " + del + " med vända byte inuti", () -> {
                Map<String, byte[]> d = SusTestfiler.delar(xlsx);
                d.put(del, vand(d.get(del), 3, new Random(fro)));
                return SusTestfiler.zip(d);
            });
            fall.put("xlsx utan del " + del, () -> {
                Map<String, byte[]> d = SusTestfiler.delar(xlsx);
                d.remove(del);
                return SusTestfiler.zip(d);
            });
        }
    }

    private static byte[] vand(byte[] fil, int antal, Random r) {
        byte[] b = fil.clone();
        for (int i = 0; i < antal; i++) {
            int pos = r.nextInt(b.length);
            b[pos] = (byte) (b[pos] ^ (1 << r.nextInt(8)));
        }
        return b;
    }

    private void feltyper(Map<String, Supplier<byte[]>> fall) {
        String[] typer = {"t=\"b\"><v>1", "t=\"e\"><v>#DIV/0!", "t=\"s\"><v>999999", "t=\"str\"><v>tjugo", "t=\"inlineStr\"><is><t>tolv</t></is><v>",
                "t=\"d\"><v>2022-13-45", "t=\"x\"><v>1", "><v>1e400", "><v>-5", "><v>4.5", "><v>NaN", "><v></v><v>", "t=\"s\"><v>-1",
                "t=\"s\"><v>abc"};
        for (String typ : typer) {
            fall.put("xlsx cell " + typ, () -> SusTestfiler.andraDel(xlsx, BLAD,
                    s -> s.replaceFirst("<c r=\"C9\"([^>]*)><v>[^<]*", "<c r=\"C9\" " + typ)));
        }
        fall.put("xlsx cell utan referens", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<c r=\"D9\"", "<c")));
        fall.put("xlsx rader i fel ordning", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<row r=\"9\"", "<row r=\"3\"")));
        fall.put("xlsx cell på fel rad", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<c r=\"D9\"", "<c r=\"D2\"")));
        fall.put("xlsx ogiltig cellreferens", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<c r=\"D9\"", "<c r=\"9D\"")));
        fall.put("xlsx radnummer text", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<row r=\"9\"", "<row r=\"nio\"")));
        fall.put("xlsx trasig XML", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("</sheetData>", "<sheetData>")));
        fall.put("xlsx tomt blad", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replaceAll("<sheetData>.*</sheetData>", "<sheetData/>")));
        for (String varde : List.of("tjugo", "-3", "4,5", "1e3", "0x10", "٣", "99999999999999", "12 000 000", "\"7\"", " ")) {
            fall.put("csv värde " + varde, () -> csvMed(varde));
        }
        fall.put("csv citat mitt i fält", () -> new String(csv, StandardCharsets.UTF_8).replaceFirst(";10;", ";1\"0;").getBytes(StandardCharsets.UTF_8));
        fall.put("csv citat som aldrig slutar", () -> (new String(csv, StandardCharsets.UTF_8) + "\"Insats 9;1").getBytes(StandardCharsets.UTF_8));
        fall.put("csv styrtecken", () -> new String(csv, StandardCharsets.UTF_8).replaceFirst(";10;", ";1\u00010;").getBytes(StandardCharsets.UTF_8));
        fall.put("csv tab-separerad", () -> new String(csv, StandardCharsets.UTF_8).replace(';', '\t').getBytes(StandardCharsets.UTF_8));
        fall.put("csv ihopslagna rader", () -> new String(csv, StandardCharsets.UTF_8).replaceFirst("\r\nInsats 2", ";Insats 2").getBytes(StandardCharsets.UTF_8));
        fall.put("csv UTF-16", () -> new String(csv, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
        fall.put("csv ogiltig UTF-8 och Windows-1252", () -> concat(csv, new byte[]{(byte) 0x81, (byte) 0x8d, (byte) 0xc3}));
        fall.put("csv NUL-tecken", () -> concat(csv, new byte[]{0, 0, 0}));
        fall.put("csv bara BOM", () -> new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        fall.put("csv utan rubrikrad", () -> "Insats 1;1;2;3\r\n".getBytes(StandardCharsets.UTF_8));
        fall.put("csv dubbel kolumn", () -> new String(csv, StandardCharsets.UTF_8).replace("Inskrivna M", "Inskrivna K").getBytes(StandardCharsets.UTF_8));
        fall.put("csv insats två gånger", () -> new String(csv, StandardCharsets.UTF_8).replace("Insats 2;", "Insats 1;").getBytes(StandardCharsets.UTF_8));
        fall.put("csv okänd profil", () -> new String(csv, StandardCharsets.UTF_8).replace("uppfoljning-sus/1", "uppfoljning-sus/9").getBytes(StandardCharsets.UTF_8));
        fall.put("csv dåligt uttagsdatum", () -> new String(csv, StandardCharsets.UTF_8).replace("2023-01-16", "16/1 2023").getBytes(StandardCharsets.UTF_8));
    }

    private byte[] csvMed(String varde) {
        List<List<Object>> rader = SusTestfiler.rader(SusTestfiler.INSATSER);
        List<Object> r = new ArrayList<>(rader.get(1));
        r.set(2, varde);
        List<List<Object>> alla = new ArrayList<>(rader);
        alla.set(1, r);
        return SusMall.csv(SusTestfiler.INLEDNING, SusTestfiler.rubriker(), alla);
    }

    private void stora(Map<String, Supplier<byte[]>> fall) {
        fall.put("för stor fil (11 MB)", () -> {
            byte[] b = Arrays.copyOf(csv, 11 * 1024 * 1024);
            Arrays.fill(b, csv.length, b.length, (byte) '1');
            return b;
        });
        fall.put("csv 12 000 rader", () -> {
            List<List<Object>> rader = new ArrayList<>();
            for (int i = 0; i < 12_000; i++) {
                rader.add(List.of("Insats " + i));
            }
            return SusMall.csv(SusTestfiler.INLEDNING, List.of("Insats"), rader);
        });
        fall.put("xlsx 12 000 rader", () -> SusMall.xlsx(SusTestfiler.INLEDNING, SusTestfiler.rubriker(),
                java.util.Collections.nCopies(12_000, SusTestfiler.rader(1).getFirst())));
        fall.put("xlsx cell i kolumn XFD", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("<c r=\"D9\"", "<c r=\"XFD9\"")));
        fall.put("xlsx rad 1 048 576", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replace("</sheetData>",
                "<row r=\"1048576\"><c r=\"A1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>")));
        fall.put("xlsx cell med 100 000 tecken", () -> SusTestfiler.andraDel(xlsx, BLAD, s -> s.replaceFirst(
                "<c r=\"A9\"([^>]*)>.*?</c>", "<c r=\"A9\" t=\"inlineStr\"><is><t>" + "x".repeat(100_000) + "</t></is></c>")));
        fall.put("csv cell med 100 000 tecken", () -> (new String(csv, StandardCharsets.UTF_8) + "y".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        fall.put("csv 400 kolumner", () -> (new String(csv, StandardCharsets.UTF_8) + ";".repeat(400) + "1").getBytes(StandardCharsets.UTF_8));
        fall.put("xlsx 300 delar", () -> {
            Map<String, byte[]> d = SusTestfiler.delar(xlsx);
            for (int i = 0; i < 300; i++) {
                d.put("xl/extra/del" + i + ".bin", new byte[]{1});
            }
            return SusTestfiler.zip(d);
        });
    }

    private void bomber(Map<String, Supplier<byte[]>> fall) {
        fall.put("zip-bomb i bladet (150 MB mellanslag)", () -> bomb(BLAD, "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>", (byte) ' ', 150));
        fall.put("zip-bomb i texttabellen (120 MB)", () -> bomb("xl/sharedStrings.xml", "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>", (byte) 'a', 120));
        fall.put("zip-bomb i [Content_Types].xml (100 MB)", () -> bomb("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">", (byte) ' ', 100));
        fall.put("zip-bomb i workbook.xml (100 MB)", () -> bomb("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">", (byte) ' ', 100));
        fall.put("zip-bomb i en okänd del (100 MB)", () -> bomb("xl/media/bild.bin", "", (byte) 0, 100));
        fall.put("zip-bomb måttlig kvot (40 MB, 30 gånger)", () -> {
            Map<String, byte[]> d = SusTestfiler.delar(xlsx);
            StringBuilder s = new StringBuilder();
            Random r = new Random(7);
            while (s.length() < 40 * 1024 * 1024) {
                s.append(r.nextInt(10));
                if (s.length() % 40 == 0) {
                    s.append("ab".repeat(20));
                }
            }
            d.put("xl/media/text.txt", s.toString().getBytes(StandardCharsets.US_ASCII));
            return zipMax(d);
        });
        fall.put("zip i zip", () -> {
            Map<String, byte[]> d = new LinkedHashMap<>();
            d.put("inner.xlsx", xlsx);
            return SusTestfiler.zip(d);
        });
    }

    private byte[] bomb(String del, String borjan, byte fyll, int megabyte) {
        Map<String, byte[]> d = SusTestfiler.delar(xlsx);
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(ut)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : d.entrySet()) {
                if (!e.getKey().equals(del)) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            z.putNextEntry(new ZipEntry(del));
            z.write(borjan.getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, fyll);
            for (int i = 0; i < megabyte; i++) {
                z.write(block);
            }
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    private static byte[] zipMax(Map<String, byte[]> delar) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(ut)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : delar.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    private void formler(Map<String, Supplier<byte[]>> fall) {
        String[] formler = {"<f>1+1</f><v>2</v>", "<f>SUM(B8:B9)</f><v>5</v>", "<f t=\"shared\" ref=\"B9:B10\" si=\"0\">B8*2</f><v>4</v>",
                "<f t=\"array\" ref=\"B9\">{1,2}</f><v>1</v>", "<f>WEBSERVICE(\"http://example.org/\")</f><v>0</v>",
                "<f>HYPERLINK(\"file:///etc/passwd\")</f>", "<f>INDIRECT(\"A1\")</f><v>0</v>", "<f>CMD|' /C calc'!A0</f><v>0</v>"};
        for (String f : formler) {
            fall.put("xlsx formel " + f, () -> SusTestfiler.andraDel(xlsx, BLAD,
                    s -> s.replaceFirst("<c r=\"C9\"([^>]*)><v>[^<]*</v>", "<c r=\"C9\">" + f)));
        }
        fall.put("xlsx formel i rubrikraden", () -> SusTestfiler.andraDel(xlsx, BLAD,
                s -> s.replaceFirst("<c r=\"B7\"([^>]*)><v>[^<]*</v>", "<c r=\"B7\" t=\"str\"><f>\"Inskrivna\"&amp;\" K\"</f><v>Inskrivna K</v>")));
        fall.put("xlsx formel i inledningen", () -> SusTestfiler.andraDel(xlsx, BLAD,
                s -> s.replaceFirst("<c r=\"B3\"([^>]*)><v>[^<]*</v>", "<c r=\"B3\"><f>TODAY()</f><v>45000</v>")));
        fall.put("xlsx formel i insatskolumnen", () -> SusTestfiler.andraDel(xlsx, BLAD,
                s -> s.replaceFirst("<c r=\"A9\"([^>]*)><v>[^<]*</v>", "<c r=\"A9\" t=\"str\"><f>\"Insats \"&amp;2</f><v>Insats 2</v>")));
    }

    private void makron(Map<String, Supplier<byte[]>> fall) {
        fall.put("xlsm (makroarbetsbok)", () -> SusTestfiler.andraDel(xlsx, "[Content_Types].xml",
                s -> s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")));
        fall.put("xlsx med vbaProject.bin", () -> {
            Map<String, byte[]> d = SusTestfiler.delar(xlsx);
            d.put("xl/vbaProject.bin", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
            d.put("[Content_Types].xml", new String(d.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                    .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            return SusTestfiler.zip(d);
        });
        fall.put("xlsm med makroblad", () -> SusTestfiler.andraDel(xlsx, "[Content_Types].xml",
                s -> s.replace("</Types>", "<Override PartName=\"/xl/macrosheets/sheet1.xml\" ContentType=\"application/vnd.ms-excel.macrosheet+xml\"/></Types>")));
    }

    private void xxe(Map<String, Supplier<byte[]>> fall) {
        String[][] doctypes = {
                {"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;"},
                {"<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:1/xxe\">]>", "&e;"},
                {"<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>", ""},
                {"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                        + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
                        + "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>", "&h;"},
                {"<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/extern.dtd\">", ""},
        };
        for (String del : List.of(BLAD, "xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "docProps/core.xml")) {
            for (String[] dt : doctypes) {
                fall.put("xxe i " + del + ": " + dt[0].substring(0, 40), () -> SusTestfiler.andraDel(xlsx, del, s -> medDoctype(s, dt[0], dt[1])));
            }
        }
    }

    /** The part with a DOCTYPE after its XML declaration and the entity reference in its first text. */
    private static String medDoctype(String xml, String doctype, String referens) {
        int slut = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String med = xml.substring(0, slut) + doctype + xml.substring(slut);
        return referens.isEmpty() ? med : med.replaceFirst("<t>", "<t>" + referens).replaceFirst("<v>", "<v>" + referens);
    }

    private void andraFormat(Map<String, Supplier<byte[]>> fall) {
        fall.put("tom fil", () -> new byte[0]);
        fall.put("en byte", () -> new byte[]{'I'});
        fall.put("OLE2 (xls eller krypterad)", () -> concat(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[512]));
        fall.put("PDF", () -> "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        fall.put("PNG", () -> new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
        fall.put("HTML", () -> "<html><body><table><tr><td>Insats</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8));
        fall.put("XML (Excel 2003)", () -> "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>".getBytes(StandardCharsets.UTF_8));
        fall.put("slumpbyte", () -> {
            byte[] b = new byte[4096];
            new Random(3).nextBytes(b);
            return b;
        });
        fall.put("zip utan arbetsbok", () -> SusTestfiler.zip(Map.of("readme.txt", "hej".getBytes(StandardCharsets.UTF_8))));
        fall.put("docx i stället för xlsx", () -> {
            Map<String, byte[]> d = SusTestfiler.delar(xlsx);
            d.put("[Content_Types].xml", new String(d.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                    .replace("spreadsheetml.sheet.main", "wordprocessingml.document.main").getBytes(StandardCharsets.UTF_8));
            return SusTestfiler.zip(d);
        });
        fall.put("PK-början utan zip", () -> concat(new byte[]{'P', 'K', 3, 4}, new byte[100]));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
