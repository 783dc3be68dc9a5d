package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles the .jrxml layouts to .jasper at build time (the reports module's pom runs it in
 * {@code process-classes}), so that a broken layout fails the build and the application never runs
 * a Java compiler: inside Payara the javac-based compiler cannot see {@code WEB-INF/lib}.
 *
 * <p>Run by the build rather than by Jaspersoft's {@code jasperreports-maven-plugin}, which its 7.0.6
 * change log announces but Maven Central does not serve. In a forked JVM, because JasperReports
 * compiles the expressions against {@code java.class.path}, which inside Maven's own JVM is Maven's.
 */
final class LayoutCompiler {

    private LayoutCompiler() {
    }

    static String version(List<Path> layouts) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path jrxml : layouts) {
                sha.update(jrxml.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(jrxml));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LayoutCompiler <jrxml directory> <jasper directory>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> layouts;
        try (Stream<Path> files = Files.list(source)) {
            layouts = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        int compiled = 0;
        for (Path jrxml : layouts) {
            String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path jasper = target.resolve(name);
            // Skip what is up to date: an unchanged build stays quick on two cores
            if (Files.exists(jasper) && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
            compiled++;
        }
        // The layouts' identity: a hash of their sources (the compiled files differ from build to build),
        // which a frozen PM records so that it is known what layout rendered it
        Files.writeString(target.resolve(PmRenderer.VERSION_FILE), version(layouts));
        System.out.printf("LayoutCompiler: %d of %d layouts compiled to %s%n", compiled, layouts.size(), target);
    }
}
