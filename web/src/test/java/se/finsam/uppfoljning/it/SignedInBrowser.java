package se.finsam.uppfoljning.it;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a browser test its Chromium: one per test class (starting Chromium costs seconds on two
 * cores), put in the test's {@link WebDriver} field before each test and quit after the class.
 * Each test starts with a new session, as a fresh browser would: every cookie (the application's
 * and Keycloak's) is cleared, then the {@link SignedIn} user, if any, signs in on the start page.
 * Where Chromium is not installed the tests are skipped, as {@link Browser#start()} says.
 */
public final class SignedInBrowser implements BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SignedInBrowser.class);

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        WebDriver browser = chromium(context);
        Object test = context.getRequiredTestInstance();
        for (Field field : ReflectionSupport.findFields(context.getRequiredTestClass(),
                f -> f.getType() == WebDriver.class && !Modifier.isStatic(f.getModifiers()), HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(test, browser);
        }
        forget(browser);
        Optional<SignedIn> user = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), SignedIn.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedIn.class));
        user.ifPresent(u -> signIn(browser, u.value(), Deployments.baseUrl() + "/"));
    }

    /**
     * Signs {@code username} in afresh (whoever was signed in is forgotten) and leaves the browser on
     * {@code url}: for a test that goes on as another user.
     */
    public static void signIn(WebDriver browser, String username, String url) {
        forget(browser);
        browser.get(url);
        Browser.signIn(browser, username, "demo");
        if (!browser.getCurrentUrl().startsWith(url)) {
            browser.get(url);
        }
    }

    /** Clears every cookie of every site, so no session of the application or of Keycloak remains. */
    private static void forget(WebDriver browser) {
        ((HasCdp) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The class's Chromium, started by its first test; the store quits it when the class is done. */
    private static WebDriver chromium(ExtensionContext context) {
        ExtensionContext.Store store = context.getParent().orElseThrow().getStore(NAMESPACE);
        return store.getOrComputeIfAbsent("chromium", k -> new Running(Browser.start()), Running.class).browser();
    }

    private record Running(WebDriver browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.quit();
        }
    }
}
