package se.finsam.uppfoljning.devstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara Micro nodes on this machine joined in one Hazelcast cluster (docs/decisions/0031-cluster.md):
 * discovery by an explicit list of members on the loopback address ({@code --clustermode tcpip:…}),
 * never multicast; the data grid listens on loopback only; a cluster name of its own so that another
 * cluster on the machine (the tests' beside ./run's) never joins it. Node {@code i} takes the data-grid
 * port {@code gridPort + i}.
 *
 * <p>{@code --nohostaware}: Hazelcast keeps a backup of a partition (a web session) only on a member
 * with another IP address than its owner's; every node here is 127.0.0.1, so with host awareness on a
 * session would have no backup and die with its node.
 */
public record Kluster(String namn, int gridPort, int noder) {

    /** Payara's EclipseLink transport over its data grid (in the runtime's hazelcast-eclipselink-coordination.jar). */
    public static final String TRANSPORT = "fish.payara.persistence.eclipselink.cache.coordination.HazelcastPublishingTransportManager";

    /**
     * The post-boot command of a node that runs alone: the WAR is distributable, and Payara Micro would
     * otherwise keep its sessions in a data grid that {@code --nohazelcast} never starts (and log every
     * minute that it cannot); in memory instead.
     */
    public static final String SESSIONER_I_MINNET =
            "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false\n";

    public Kluster {
        if (noder < 2) {
            throw new IllegalArgumentException("ett kluster har minst två noder");
        }
    }

    /** The Payara Micro options of the node that serves HTTP on {@code httpPort}. */
    List<String> options(int httpPort) {
        return new ArrayList<>(List.of("--clustermode", "tcpip:" + members(),
                "--clustername", namn,
                "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(gridPort),
                "--nohostaware",
                "--name", namn + "-" + httpPort));
    }

    /**
     * The application's cluster switch: EclipseLink reads a persistence-unit property it is not given in
     * persistence.xml from the JVM's system properties, so the cache coordination is on only where it is
     * set, and one node stays as it was.
     */
    Map<String, String> systemProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("eclipselink.cache.coordination.protocol", TRANSPORT);
        p.put("eclipselink.cache.coordination.channel", namn);
        return p;
    }

    String members() {
        return IntStream.range(0, noder).mapToObj(i -> "127.0.0.1:" + (gridPort + i)).collect(Collectors.joining(","));
    }
}
