package se.finsam.uppfoljning.it;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Keeps one Payara Micro running for every test class that deploys the same archive.
 *
 * <p>The Payara Micro connector launches a new Payara Micro process for each deployment and stops
 * it on undeployment, so each test class paid a whole server start (20–30 s on two cores). Almost
 * every integration test deploys the identical shipped WAR ({@link Deployments#app()}), and the
 * database is shared by the run anyway, so a restart between them buys no isolation. This
 * container keeps the server until a class deploys a different archive (an in-container test with
 * its own classes) or the run ends; the connector's own shutdown hook is the last safety net.
 */
public class SharedDeployment implements DeployableContainer<PayaraMicroContainerConfiguration> {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

    private final PayaraMicroDeployableContainer payara = new PayaraMicroDeployableContainer();
    private Archive<?> deployed;
    private String deployedKey;
    private ProtocolMetaData metaData;

    @Override
    public Class<PayaraMicroContainerConfiguration> getConfigurationClass() {
        return payara.getConfigurationClass();
    }

    @Override
    public void setup(PayaraMicroContainerConfiguration configuration) {
        payara.setup(configuration);
    }

    @Override
    public void start() throws LifecycleException {
        payara.start();
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            release();
        } catch (DeploymentException e) {
            throw new LifecycleException("Payara Micro kunde inte stoppas", e);
        }
        payara.stop();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return payara.getDefaultProtocol();
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String key = key(archive);
        if (key.equals(deployedKey) && alive()) {
            LOG.info(() -> "Återanvänder driftsatt " + archive.getName());
            return metaData;
        }
        release();
        metaData = payara.deploy(archive);
        deployed = archive;
        deployedKey = key;
        return metaData;
    }

    /** Undeployment is deferred: the next class most likely deploys the same archive. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    private void release() throws DeploymentException {
        if (deployed != null) {
            Archive<?> running = deployed;
            deployed = null;
            deployedKey = null;
            metaData = null;
            payara.undeploy(running);
        }
    }

    /** Same name and same entries: the shipped WAR, or the same in-container test archive. */
    private static String key(Archive<?> archive) {
        return archive.getName() + new TreeSet<>(archive.getContent().keySet().stream().map(Object::toString).toList());
    }

    /** A test may have stopped the server (or it died): then the next class gets a fresh one. */
    private static boolean alive() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", Integer.getInteger("it.http.port")), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Registered in META-INF/services in place of the connector's own container. */
    public static class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedDeployment.class);
        }
    }
}
