package se.finsam.uppfoljning.plattform.rest;

import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The application's JAX-RS resource classes, found the way the server finds them: every class
 * of the application annotated with {@code @Path}. Found by scanning rather than listed, so that the
 * platform names no component above it and a new resource cannot be forgotten in the document.
 */
final class ApiResources {

    private static final String ROOT = "se/finsam/uppfoljning";

    private ApiResources() {
    }

    static List<Class<?>> find(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    fromJar(root, names);
                } else if ("file".equals(root.getProtocol())) {
                    fromDirectory(root, names);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names.stream().distinct().toList()) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            } catch (ClassNotFoundException | LinkageError notAResource) {
                // a class that cannot be loaded here is not one JAX-RS serves either
            }
        }
        resources.sort(Comparator.comparing(Class::getName));
        return resources;
    }

    private static void fromDirectory(URL root, List<String> names) throws IOException {
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        java.nio.file.Path base = dir;
        for (int i = 0; i < ROOT.split("/").length; i++) {
            base = base.getParent();
        }
        java.nio.file.Path classes = base;
        try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .forEach(f -> names.add(className(classes.relativize(f).toString().replace('\\', '/'))));
        }
    }

    private static void fromJar(URL root, List<String> names) throws IOException {
        if (!(root.openConnection() instanceof JarURLConnection connection)) {
            return;
        }
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(ROOT) && n.endsWith(".class") && !n.contains("$"))
                    .forEach(n -> names.add(className(n)));
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
