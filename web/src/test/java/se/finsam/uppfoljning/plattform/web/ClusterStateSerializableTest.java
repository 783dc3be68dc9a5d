package se.finsam.uppfoljning.plattform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR is {@code <distributable/>} (docs/decisions/0031-cluster.md): in a cluster a session is
 * written to the data grid after each request, with the pages' view-scoped beans in it (Faces keeps
 * the view state in the session). Everything such a bean holds must therefore be serialisable, down
 * to the DTOs in its lists; one that is not makes the session's replication fail, and the person is
 * signed out when the next request lands on another node. Injected beans are proxies (serialisable);
 * transient fields are left out on purpose.
 */
class ClusterStateSerializableTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everythingAViewOrSessionScopedBeanHoldsIsSerializable() throws IOException {
        Set<String> problems = new TreeSet<>();
        int beans = 0;
        for (Class<?> c : classes(CLASSES)) {
            if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
                beans++;
                if (!Serializable.class.isAssignableFrom(c)) {
                    problems.add(c.getName() + " is not Serializable");
                }
                check(c, c.getSimpleName(), problems, new HashSet<>());
            }
        }
        assertThat(beans).isPositive();
        assertThat(problems).isEmpty();
    }

    /** A SUS import's preview is kept in the database serialised, for whichever node commits it. */
    @Test
    void theSusPreviewKeptInTheDatabaseIsSerializable() {
        Set<String> problems = new TreeSet<>();
        type(se.finsam.uppfoljning.sus.control.SusImportjobb.class, "SusImportjobb", problems, new HashSet<>());
        assertThat(problems).isEmpty();
    }

    /**
     * EclipseLink's cache coordination sends a commit's change sets to the other nodes serialised: an
     * attribute's value goes as it is when it is a converted value type ({@code @Convert}) or an
     * embeddable (also in an element collection), so those must serialise.
     */
    @Test
    void whatTheCacheCoordinationSendsIsSerializable() throws Exception {
        Set<String> problems = new TreeSet<>();
        int entities = 0;
        for (Class<?> c : classesBeside(se.finsam.uppfoljning.kvartalsrapport.entity.Kvartalsrapport.class)) {
            if (!c.isAnnotationPresent(jakarta.persistence.Entity.class) && !c.isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
                continue;
            }
            entities++;
            if (c.isAnnotationPresent(jakarta.persistence.Embeddable.class) && !Serializable.class.isAssignableFrom(c)) {
                problems.add(c.getName() + " (embeddable) is not Serializable");
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(jakarta.persistence.Convert.class) || f.isAnnotationPresent(jakarta.persistence.Embedded.class)
                        || f.isAnnotationPresent(jakarta.persistence.ElementCollection.class)) {
                    type(f.getGenericType(), c.getSimpleName() + "." + f.getName(), problems, new HashSet<>());
                }
            }
        }
        assertThat(entities).isPositive();
        assertThat(problems).isEmpty();
    }

    /** The classes in the directory or jar that {@code anchor} was loaded from. */
    private static Set<Class<?>> classesBeside(Class<?> anchor) throws Exception {
        Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(where)) {
            return classes(where);
        }
        Set<Class<?>> found = new HashSet<>();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
            for (String name : jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class")).toList()) {
                load(name, found);
            }
        }
        return found;
    }

    private static void check(Class<?> c, String where, Set<String> problems, Set<Class<?>> seen) {
        if (!seen.add(c)) {
            return;
        }
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
                        || f.isAnnotationPresent(EJB.class) || f.isSynthetic()) {
                    continue;
                }
                type(f.getGenericType(), where + "." + f.getName(), problems, seen);
            }
        }
    }

    private static void type(Type t, String where, Set<String> problems, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            type(p.getRawType(), where, problems, seen);
            for (Type arg : p.getActualTypeArguments()) {
                type(arg, where + "<>", problems, seen);
            }
        } else if (t instanceof GenericArrayType g) {
            type(g.getGenericComponentType(), where + "[]", problems, seen);
        } else if (t instanceof WildcardType w) {
            for (Type u : w.getUpperBounds()) {
                type(u, where, problems, seen);
            }
        } else if (t instanceof TypeVariable<?>) {
            return;
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum()) {
                return;
            }
            if (c.isArray()) {
                type(c.getComponentType(), where + "[]", problems, seen);
                return;
            }
            // the collection interfaces: the JDK's implementations (ArrayList, List.of, LinkedHashMap) serialise
            if (Collection.class.isAssignableFrom(c) && c.isInterface() || Map.class.isAssignableFrom(c) && c.isInterface()
                    || c == Object.class) {
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
                return;
            }
            if (c.getName().startsWith("se.finsam.")) {
                check(c, where, problems, seen);
            }
        }
    }

    private static Set<Class<?>> classes(Path root) throws IOException {
        Set<Class<?>> found = new HashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(x -> x.toString().endsWith(".class")).toList()) {
                load(root.relativize(p).toString(), found);
            }
        }
        return found;
    }

    private static void load(String file, Set<Class<?>> found) {
        String name = file.replace('/', '.').replaceAll("\\.class$", "");
        try {
            found.add(Class.forName(name, false, ClusterStateSerializableTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            // a class that needs what the test class path lacks is not one we look for
        }
    }
}
