package se.finsam.uppfoljning.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The deployment instructions of the README, read as the commands they are: the tests run them and
 * compare them with what the dev stack uses, so README and build cannot drift apart.
 */
public final class DeploymentGuide {

    public static final String MICRO_SECTION = "### On Payara Micro";
    public static final String SERVER_SECTION = "### Into an existing Payara Server";

    /** The example values the README writes; a test replaces them with its own. */
    public static final String EXAMPLE_DB_HOST = "db.example.se";
    public static final int EXAMPLE_DB_PORT = 5432;
    public static final String EXAMPLE_DB_NAME = "uppfoljning";
    public static final String EXAMPLE_DB_USER = "uppfoljning";
    public static final String EXAMPLE_DB_PASSWORD = "secret";
    public static final String EXAMPLE_PROVIDER_URI = "https://login.example.se/realms/uppfoljning";
    public static final String EXAMPLE_WAR = "uppfoljning.war";

    private final String readme;

    public DeploymentGuide(String readme) {
        this.readme = readme;
    }

    /** The README next to the web module (the tests' working directory), or {@code readme.file}. */
    public static DeploymentGuide read() throws IOException {
        return new DeploymentGuide(Files.readString(Path.of(System.getProperty("readme.file", "../README.md"))));
    }

    /** The lines of the post-boot file {@code pool.asadmin} for Payara Micro. */
    public List<String> microPoolFile() {
        return commandLines(MICRO_SECTION);
    }

    /** The shell lines, {@code asadmin ...} each, for an existing Payara Server, in order. */
    public List<String> serverCommands() {
        return commandLines(SERVER_SECTION);
    }

    /** The pool lines of the dev stack with the README's example values, as both sections must write them. */
    public static List<String> examplePool() {
        return PayaraPool.commands(EXAMPLE_DB_HOST, EXAMPLE_DB_PORT, EXAMPLE_DB_NAME, EXAMPLE_DB_USER, EXAMPLE_DB_PASSWORD)
                .lines().filter(l -> !l.isBlank()).toList();
    }

    /** The JDBC properties in the pool line, {@code serverName=...:password=...}, with the example values. */
    public static String examplePoolProperties() {
        return poolProperties(EXAMPLE_DB_HOST, EXAMPLE_DB_PORT, EXAMPLE_DB_NAME, EXAMPLE_DB_USER, EXAMPLE_DB_PASSWORD);
    }

    public static String poolProperties(String host, int port, String database, String user, String password) {
        return "serverName=" + host + ":portNumber=" + port + ":databaseName=" + database + ":user=" + user
                + ":password=" + password;
    }

    /** The non-comment lines of the first code block after the heading. */
    private List<String> commandLines(String heading) {
        int at = readme.indexOf("\n" + heading);
        if (at < 0) {
            throw new IllegalStateException("README saknar avsnittet \"" + heading + "\"");
        }
        List<String> lines = readme.substring(at + 1).lines().toList();
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines.subList(1, lines.size())) {
            if (!inBlock && line.startsWith("##")) {
                break; // the next heading: the section has no code block
            }
            if (line.startsWith("```")) {
                if (inBlock) {
                    return commands;
                }
                inBlock = true;
            } else if (inBlock && !line.isBlank() && !line.stripLeading().startsWith("#")) {
                commands.add(line.strip());
            }
        }
        throw new IllegalStateException("README: inget kodblock under \"" + heading + "\"");
    }
}
