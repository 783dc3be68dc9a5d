package se.finsam.uppfoljning.reports;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
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
        System.out.printf("LayoutCompiler: %d of %d layouts compiled to %s%n", compiled, layouts.size(), target);
    }
}
