package se.finsam.uppfoljning.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment every integration test uses: the WAR the build just produced, exactly as it
 * ships, plus the test's own classes when the test runs inside the container.
 */
public final class Deployments {

    public static final String CONTEXT = "uppfoljning";

    private Deployments() {
    }

    public static WebArchive app(Class<?>... inContainerClasses) {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("war.file")));
        WebArchive named = ShrinkWrap.create(WebArchive.class, CONTEXT + ".war").merge(war);
        if (inContainerClasses.length > 0) {
            named.addClasses(inContainerClasses);
            openTestRunner(named);
        }
        return named;
    }

    /**
     * Arquillian reaches in-container tests through its own servlet, which must not be sent to
     * the sign-in page. Only the test deployment is changed; the shipped web.xml is not.
     */
    private static void openTestRunner(WebArchive war) {
        org.jboss.shrinkwrap.api.Node node = war.get("WEB-INF/web.xml");
        String xml;
        try (java.io.InputStream in = node.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String open = "<url-pattern>/utloggad.xhtml</url-pattern>";
        xml = xml.replace(open, open + "<url-pattern>/ArquillianServletRunner</url-pattern>"
                + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("WEB-INF/web.xml");
        war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(xml));
    }

    /** Loopback base URL: Arquillian's injected URL uses the machine's network address. */
    public static String baseUrl() {
        return "http://localhost:" + Integer.getInteger("it.http.port") + "/" + CONTEXT;
    }
}
