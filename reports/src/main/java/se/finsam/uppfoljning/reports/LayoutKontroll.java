package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.design.JRValidationException;
import net.sf.jasperreports.engine.design.JRValidationFault;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fill.JRFillInterruptedException;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.governors.MaxPagesGovernorException;
import net.sf.jasperreports.governors.TimeoutGovernorException;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks and compiles an uploaded .jrxml before it may be stored, previewed or published. A layout
 * is code, so it passes, in order:
 * <ol>
 *   <li>a size cap, and a sniff that refuses serialized .jasper files, zips and other binaries;</li>
 *   <li>XML parsing with DOCTYPE and external entities refused (XXE, billion laughs) and an allow-list
 *   of elements, attributes, properties and fonts ({@link JrxmlGranskare});</li>
 *   <li>every expression: no loops, blocks, lambdas or anonymous classes, no regular expressions; no
 *   URL or file path (subreports and images only from the PM's own parameters); every {@code $F{}} and
 *   {@code $P{}} in the PM's data source catalogue ({@link PmKatalog}) — each finding with its line;</li>
 *   <li>compiling with the Eclipse compiler, with a time cap;</li>
 *   <li>a trial fill of the whole PM with made-up data ({@link PmExempel}) in the renderer's context:
 *   the expression class filter on with the PM's allow-list, the deserialization filter on, the page
 *   and time governors on, and the fill in a thread of its own that is interrupted at the time cap.</li>
 * </ol>
 * Nothing of the layout runs before the class filter is in force.
 */
public final class LayoutKontroll {

    /** Larger than any PM layout (the master is about 14 kB) by a wide margin. */
    public static final int MAX_STORLEK = 256 * 1024;

    private static final Pattern REFERENS = Pattern.compile("\\$([FPVR])\\{([^}]*)}");
    private static final Pattern STRANG = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern TECKEN = Pattern.compile("'(?:\\\\.|[^'\\\\])+'");
    private static final Pattern OTILLATEN_SYNTAX = Pattern.compile(
            "[{};]|->|::|\\b(while|for|do|class|interface|enum|record|switch|try|catch|throw|synchronized|assert|new\\s+[\\w.]+\\s*\\[)\\b");
    private static final Pattern OTILLATNA_METODER = Pattern.compile(
            "\\.\\s*(matches|replaceAll|replaceFirst|split|repeat|wait|notify|notifyAll|getClass|intern)\\s*\\(");
    private static final Pattern PARAMETER = Pattern.compile("^\\s*\\$P\\{(\\w+)}\\s*$");

    private final PmRenderer renderer;
    private final PmKatalog katalog;
    private final SimpleJasperReportsContext context;
    private final Duration tidsgrans;
    private final ExecutorService sandlada;

    public LayoutKontroll(PmRenderer renderer) {
        this(renderer, Duration.ofSeconds(30));
    }

    /** @param tidsgrans how long compiling, and then filling, may take each */
    public LayoutKontroll(PmRenderer renderer, Duration tidsgrans) {
        this.renderer = renderer;
        this.katalog = new PmKatalog(renderer.standard());
        this.tidsgrans = tidsgrans;
        this.context = PmRenderer.secureContext();
        // the Eclipse compiler reads classes through the class loader, so it works inside the WAR too
        context.setProperty("net.sf.jasperreports.compiler.java", "net.sf.jasperreports.jdt.JRJdtCompiler");
        AtomicInteger n = new AtomicInteger();
        this.sandlada = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "layoutkontroll-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public PmKatalog katalog() {
        return katalog;
    }

    /** Checks, compiles and trial-fills an uploaded layout for the layout {@code namn}. */
    public Granskning granska(String namn, byte[] jrxml) {
        Optional<PmKatalog.Layoutkatalog> kat = katalog.av(namn);
        if (kat.isEmpty()) {
            return Granskning.underkand(namn, List.of(new Fynd(Fynd.Typ.OKANT_NAMN, 0, "Layouten \"" + namn
                    + "\" finns inte; PM:ets layouter är " + String.join(", ", katalog.namn().stream().sorted().toList()) + ".")));
        }
        List<Fynd> fynd = new ArrayList<>(forsta(jrxml));
        if (!fynd.isEmpty()) {
            return Granskning.underkand(namn, fynd);
        }
        JrxmlGranskare xml = JrxmlGranskare.granska(jrxml);
        fynd.addAll(xml.fynd());
        if (fynd.stream().anyMatch(f -> f.typ() == Fynd.Typ.XML || f.typ() == Fynd.Typ.INTE_JRXML)) {
            return Granskning.underkand(namn, fynd);
        }
        fynd.addAll(deklarationer(kat.get(), xml));
        for (JrxmlGranskare.Uttryck u : xml.uttryck()) {
            fynd.addAll(uttryck(kat.get(), u));
        }
        if (!fynd.isEmpty()) {
            return Granskning.underkand(namn, fynd);
        }
        JasperReport rapport;
        try {
            rapport = isolerat(() -> kompilera(jrxml));
        } catch (Stopp s) {
            return Granskning.underkand(namn, s.fynd());
        }
        try {
            byte[] pdf = forhandsgranska(PmExempel.pm(), renderer.standard().med(new Layoutversion(namn, 1, rapport)));
            if (pdf.length == 0) {
                return Granskning.underkand(namn, List.of(new Fynd(Fynd.Typ.FYLLNING, 0, "Provutskriften blev tom.")));
            }
        } catch (Stopp s) {
            String text = new String(jrxml, StandardCharsets.UTF_8);
            return Granskning.underkand(namn, s.fynd().stream().map(f -> medRad(f, text)).toList());
        }
        return new Granskning(namn, List.of(), Optional.of(rapport));
    }

    /**
     * The PM as PDF with the given layouts, filled in a thread of its own with the time cap, under the
     * page governor: a preview of a draft, or a trial fill.
     *
     * @throws Stopp when the fill broke a rule, ran too long or printed too many pages
     */
    public byte[] forhandsgranska(PmReport data, Layoutuppsattning layouter) {
        return isolerat(() -> renderer.pdf(data, layouter));
    }

    /** A fill's finding names the expression it failed on: give it the line that expression is on. */
    private static Fynd medRad(Fynd f, String jrxml) {
        Matcher m = Pattern.compile("Uttrycket \"(.+?)\" ").matcher(f.meddelande());
        if (f.rad() > 0 || !m.find()) {
            return f;
        }
        String forsta = m.group(1).lines().findFirst().orElse("").strip();
        String[] rader = jrxml.split("\n", -1);
        for (int i = 0; i < rader.length; i++) {
            if (!forsta.isEmpty() && rader[i].contains(forsta)) {
                return new Fynd(f.typ(), i + 1, f.meddelande());
            }
        }
        return f;
    }

    /** Size and sniff: a .jrxml is UTF-8 text starting with '<', not a serialized object or an archive. */
    private static List<Fynd> forsta(byte[] jrxml) {
        if (jrxml.length == 0) {
            return List.of(new Fynd(Fynd.Typ.INTE_JRXML, 0, "Filen är tom."));
        }
        if (jrxml.length > MAX_STORLEK) {
            return List.of(new Fynd(Fynd.Typ.STORLEK, 0, "Layouten är " + (jrxml.length / 1024) + " kB; högst "
                    + (MAX_STORLEK / 1024) + " kB tas emot."));
        }
        int b0 = jrxml[0] & 0xff;
        int b1 = jrxml.length > 1 ? jrxml[1] & 0xff : 0;
        if (b0 == 0xAC && b1 == 0xED) {
            return List.of(new Fynd(Fynd.Typ.INTE_JRXML, 0, "Filen är en serialiserad Java-fil (en kompilerad .jasper). "
                    + "Sådana tas aldrig emot: att läsa dem kan köra godtycklig kod. Ladda upp källfilen (.jrxml)."));
        }
        if (b0 == 'P' && b1 == 'K' || b0 == 0x1F && b1 == 0x8B) {
            return List.of(new Fynd(Fynd.Typ.INTE_JRXML, 0, "Filen är ett komprimerat arkiv (zip/jar/gzip); ladda upp .jrxml-filen som text."));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(jrxml)).toString();
        } catch (CharacterCodingException e) {
            return List.of(new Fynd(Fynd.Typ.INTE_JRXML, 0, "Filen är inte text i UTF-8; en .jrxml är XML i UTF-8."));
        }
        if (!text.stripLeading().replace("\uFEFF", "").startsWith("<")) {
            return List.of(new Fynd(Fynd.Typ.INTE_JRXML, 1, "Filen börjar inte som XML; en .jrxml börjar med <?xml eller <jasperReport."));
        }
        return List.of();
    }

    /** Every declared field and parameter is one the PM offers, with the type it offers. */
    private static List<Fynd> deklarationer(PmKatalog.Layoutkatalog kat, JrxmlGranskare xml) {
        List<Fynd> fynd = new ArrayList<>();
        for (JrxmlGranskare.Deklaration d : xml.falt()) {
            Optional<PmKatalog.Post> post = kat.falt(d.namn());
            if (post.isEmpty()) {
                fynd.add(okantFalt(kat, d.namn(), d.rad()));
            } else if (d.klass() != null && !d.klass().equals(post.get().typ())) {
                fynd.add(new Fynd(Fynd.Typ.OKANT_NAMN, d.rad(), "Fältet \"" + d.namn() + "\" har typen "
                        + post.get().typ() + " i PM:ets datakälla, inte " + d.klass() + "."));
            }
        }
        for (JrxmlGranskare.Deklaration d : xml.parametrar()) {
            Optional<PmKatalog.Post> post = kat.parameter(d.namn());
            if (post.isEmpty() && !PmKatalog.TILLATNA_INBYGGDA.contains(d.namn())) {
                fynd.add(okandParameter(kat, d.namn(), d.rad()));
            } else if (post.isPresent() && d.klass() != null && !d.klass().equals(post.get().typ())) {
                fynd.add(new Fynd(Fynd.Typ.OKANT_NAMN, d.rad(), "Parametern \"" + d.namn() + "\" har typen "
                        + post.get().typ() + " i PM:et, inte " + d.klass() + "."));
            }
        }
        return fynd;
    }

    private static Fynd okantFalt(PmKatalog.Layoutkatalog kat, String namn, int rad) {
        return new Fynd(Fynd.Typ.OKANT_NAMN, rad, "Fältet \"" + namn + "\" finns inte i PM:ets datakälla för layouten "
                + kat.namn() + ". Fälten som finns: " + (kat.falt().isEmpty() ? "inga" : PmKatalog.lista(kat.falt())) + ".");
    }

    private static Fynd okandParameter(PmKatalog.Layoutkatalog kat, String namn, int rad) {
        return new Fynd(Fynd.Typ.OKANT_NAMN, rad, "Parametern \"" + namn + "\" finns inte i PM:et för layouten "
                + kat.namn() + ". Parametrarna som finns: " + (kat.parametrar().isEmpty() ? "inga" : PmKatalog.lista(kat.parametrar()))
                + " och " + String.join(", ", PmKatalog.TILLATNA_INBYGGDA.stream().sorted().toList()) + ".");
    }

    private static List<Fynd> uttryck(PmKatalog.Layoutkatalog kat, JrxmlGranskare.Uttryck u) {
        List<Fynd> fynd = new ArrayList<>();
        String text = u.text();
        Matcher ref = REFERENS.matcher(text);
        while (ref.find()) {
            int rad = u.rad() + rader(text, ref.start());
            String namn = ref.group(2);
            switch (ref.group(1)) {
                case "F" -> {
                    if (kat.falt(namn).isEmpty()) {
                        fynd.add(okantFalt(kat, namn, rad));
                    }
                }
                case "P" -> {
                    if (PmKatalog.INBYGGDA_PARAMETRAR.contains(namn) && !PmKatalog.TILLATNA_INBYGGDA.contains(namn)) {
                        fynd.add(new Fynd(Fynd.Typ.OTILLATET, rad, "Parametern " + namn + " får inte användas i en layout."));
                    } else if (kat.parameter(namn).isEmpty() && !PmKatalog.TILLATNA_INBYGGDA.contains(namn)) {
                        fynd.add(okandParameter(kat, namn, rad));
                    }
                }
                default -> {
                }
            }
        }
        // what is left once references, strings and characters are out of the way is Java code
        List<String> strangar = new ArrayList<>();
        Matcher s = STRANG.matcher(text);
        while (s.find()) {
            strangar.add(s.group());
        }
        String kod = TECKEN.matcher(STRANG.matcher(REFERENS.matcher(text).replaceAll("REF")).replaceAll("\"\"")).replaceAll("' '");
        Matcher syntax = OTILLATEN_SYNTAX.matcher(kod);
        if (syntax.find()) {
            fynd.add(new Fynd(Fynd.Typ.UTTRYCK, u.rad() + rader(kod, syntax.start()), "Uttrycket får inte innehålla loopar, "
                    + "kodblock, lambdauttryck, anonyma klasser eller satser (\"" + syntax.group().strip() + "\"): ett uttryck "
                    + "i en layout räknar fram ett värde och inget annat."));
        }
        Matcher metod = OTILLATNA_METODER.matcher(kod);
        if (metod.find()) {
            fynd.add(new Fynd(Fynd.Typ.UTTRYCK, u.rad() + rader(kod, metod.start()), "Metoden " + metod.group(1)
                    + "() är inte tillåten i ett uttryck: reguljära uttryck och upprepningar kan låsa servern."));
        }
        for (String strang : strangar) {
            String innehall = strang.substring(1, strang.length() - 1);
            if (JrxmlGranskare.ADRESS.matcher(innehall).find()) {
                fynd.add(new Fynd(Fynd.Typ.ADRESS, u.rad() + rader(text, text.indexOf(strang)), "Uttrycket pekar på en adress "
                        + "eller fil (" + strang + "); en layout får bara använda PM:ets egna layouter och data."));
            }
        }
        if ("expression".equals(u.element()) && ("subreport".equals(u.agare()) || "image".equals(u.agare()))
                || "dataSourceExpression".equals(u.element())) {
            Matcher p = PARAMETER.matcher(text);
            boolean egen = p.matches() && kat.parameter(p.group(1)).isPresent()
                    && ("dataSourceExpression".equals(u.element()) || !"image".equals(u.agare()));
            if (!egen) {
                fynd.add(new Fynd(Fynd.Typ.ADRESS, u.rad(), ("image".equals(u.agare()) ? "En bild" : "En underrapport")
                        + " får bara hämtas från PM:ets egna parametrar (t.ex. $P{TABELL_5_LAYOUT} och $P{TABELL_5_DATA}), "
                        + "inte från en adress, fil eller ett eget uttryck: " + text.strip()));
            }
        }
        return fynd;
    }

    private static int rader(String text, int till) {
        int n = 0;
        for (int i = 0; i < till && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private JasperReport kompilera(byte[] jrxml) {
        try {
            JasperDesign design = JRXmlLoader.load(context, new ByteArrayInputStream(jrxml));
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (JRValidationException e) {
            List<Fynd> fynd = new ArrayList<>();
            for (JRValidationFault f : e.getFaults()) {
                fynd.add(new Fynd(Fynd.Typ.KOMPILERING, 0, "Layouten är ogiltig: " + f.getMessage()));
            }
            throw new Stopp(fynd);
        } catch (JRException e) {
            throw new Stopp(List.of(new Fynd(Fynd.Typ.KOMPILERING, 0, "Layouten gick inte att kompilera: " + forkortat(e.getMessage()))));
        } catch (RuntimeException e) {
            throw new Stopp(List.of(new Fynd(Fynd.Typ.KOMPILERING, 0, "Layouten gick inte att läsa: " + forkortat(e.getMessage()))));
        }
    }

    /** Runs compile or fill in a thread of its own: interrupted at the time cap, its failures turned into findings. */
    private <T> T isolerat(Callable<T> arbete) {
        Future<T> f = sandlada.submit(arbete);
        try {
            return f.get(tidsgrans.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Stopp(List.of(new Fynd(Fynd.Typ.TIDSGRANS, 0, "Layouten stoppades efter " + tidsgrans.toSeconds()
                    + " sekunder: den tog för lång tid att kompilera eller fylla.")));
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Stopp(List.of(new Fynd(Fynd.Typ.TIDSGRANS, 0, "Granskningen avbröts.")));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Stopp s) {
                throw s;
            }
            throw new Stopp(List.of(fyllnadsfel(e.getCause())));
        }
    }

    /** What a failed fill means for the designer: a class off the allow-list, a governor's cap, or else. */
    static Fynd fyllnadsfel(Throwable fel) {
        String kalla = null;
        for (Throwable t = fel; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            Matcher uttryck = Pattern.compile("source text: (.*)", Pattern.DOTALL).matcher(m);
            if (uttryck.find()) {
                kalla = uttryck.group(1).strip();
            }
            Matcher klass = Pattern.compile("Class (\\S+) is not visible to reports").matcher(m);
            if (klass.find()) {
                return new Fynd(Fynd.Typ.KLASS, 0, (kalla == null ? "Ett uttryck " : "Uttrycket \"" + kalla + "\" ")
                        + "använder klassen " + klass.group(1) + ", som layouter inte får använda. Uttryck får räkna "
                        + "med text och tal (String, Integer, Math …) och PM:ets egna fält och parametrar, inget annat.");
            }
            if (t instanceof MaxPagesGovernorException) {
                return new Fynd(Fynd.Typ.SIDGRANS, 0, "Layouten gav fler än " + PmRenderer.MAX_SIDOR + " sidor och stoppades.");
            }
            if (t instanceof TimeoutGovernorException || t instanceof JRFillInterruptedException) {
                return new Fynd(Fynd.Typ.TIDSGRANS, 0, "Fyllningen av layouten stoppades: den tog för lång tid.");
            }
            if (t instanceof Stopp s) {
                return s.fynd().getFirst();
            }
        }
        return new Fynd(Fynd.Typ.FYLLNING, 0, (kalla == null ? "Layouten" : "Uttrycket \"" + kalla + "\" ")
                + " gick inte att fylla med PM:ets data: " + forkortat(String.valueOf(fel.getMessage())));
    }

    private static String forkortat(String s) {
        return s == null ? "" : s.length() > 600 ? s.substring(0, 600) + " …" : s;
    }

    /** A check or fill that ended in findings rather than a result. */
    public static final class Stopp extends RuntimeException {

        private final transient List<Fynd> fynd;

        public Stopp(List<Fynd> fynd) {
            super(fynd.isEmpty() ? "Layouten underkändes." : fynd.getFirst().text(), null, false, false);
            this.fynd = List.copyOf(fynd);
        }

        public List<Fynd> fynd() {
            return fynd;
        }
    }
}
