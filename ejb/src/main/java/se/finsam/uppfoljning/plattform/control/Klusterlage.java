package se.finsam.uppfoljning.plattform.control;

/**
 * Whether this node is one of several (docs/decisions/0031-cluster.md). The switch is the one that turns
 * EclipseLink's cache coordination on, a system property of each node's JVM: what the application keeps
 * in memory beside EclipseLink's caches must then either be told of other nodes' changes or not be kept.
 */
public final class Klusterlage {

    /** The persistence-unit property that, set as a system property, makes EclipseLink coordinate its caches. */
    public static final String KOORDINERING = "eclipselink.cache.coordination.protocol";

    private Klusterlage() {
    }

    public static boolean aktivt() {
        String protocol = System.getProperty(KOORDINERING);
        return protocol != null && !protocol.isBlank();
    }
}
