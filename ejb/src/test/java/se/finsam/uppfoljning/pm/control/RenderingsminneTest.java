package se.finsam.uppfoljning.pm.control;

import org.junit.jupiter.api.Test;
import se.finsam.uppfoljning.reports.BudgetRad;
import se.finsam.uppfoljning.reports.BudgetTabell;
import se.finsam.uppfoljning.reports.PmReport;
import se.finsam.uppfoljning.reports.PmText;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderingsminneTest {

    private final AtomicInteger renderingar = new AtomicInteger();

    private static Renderingsminne.Nyckel nyckel(String text, String layout, PmFormat format) {
        // built anew each time: equal content, not the same object, must find the file
        return Renderingsminne.Nyckel.av(new PmReport("Förbundet", 2022, 2, Map.of(PmText.BAKGRUND, text),
                List.of(new BudgetTabell(2022, true, List.of(new BudgetRad("Håbo", "Insatsen", 10, 20, 50, null, null, null, null, null))))),
                layout, format);
    }

    @Test
    void theKeyReadsTheRowsAsTheLayoutsDoThroughTheirGetters() {
        // the rows are JavaBeans without equals: two rows of equal content must still make one key
        assertThat(nyckel("a", "v1", PmFormat.PDF)).isEqualTo(nyckel("a", "v1", PmFormat.PDF));
        Renderingsminne.Nyckel annanRad = Renderingsminne.Nyckel.av(new PmReport("Förbundet", 2022, 2, Map.of(PmText.BAKGRUND, "a"),
                List.of(new BudgetTabell(2022, true, List.of(new BudgetRad("Håbo", "Insatsen", 11, 20, 55, null, null, null, null, null))))),
                "v1", PmFormat.PDF);
        assertThat(annanRad).isNotEqualTo(nyckel("a", "v1", PmFormat.PDF));
    }

    private byte[] rendera(int storlek) {
        renderingar.incrementAndGet();
        return new byte[storlek];
    }

    @Test
    void equalContentWithTheSameLayoutsIsRenderedOnce() {
        Renderingsminne minne = new Renderingsminne(1 << 20, 10);
        byte[] forsta = minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        byte[] andra = minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        assertThat(andra).isSameAs(forsta);
        assertThat(renderingar).hasValue(1);
    }

    @Test
    void otherContentOtherLayoutsOrAnotherFormatAreRenderedAgain() {
        Renderingsminne minne = new Renderingsminne(1 << 20, 10);
        minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        minne.fil(nyckel("b", "v1", PmFormat.PDF), () -> rendera(10));
        minne.fil(nyckel("a", "v2", PmFormat.PDF), () -> rendera(10));
        minne.fil(nyckel("a", "v1", PmFormat.DOCX), () -> rendera(10));
        assertThat(renderingar).hasValue(4);
    }

    @Test
    void aFailedRenderIsNotKept() {
        Renderingsminne minne = new Renderingsminne(1 << 20, 10);
        assertThatThrownBy(() -> minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> {
            throw new IllegalStateException("layouten är trasig");
        })).hasMessage("layouten är trasig");
        minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        assertThat(renderingar).hasValue(1);
    }

    @Test
    void requestsForAFileBeingRenderedWaitForThatRender() throws Exception {
        Renderingsminne minne = new Renderingsminne(1 << 20, 10);
        CountDownLatch paborjad = new CountDownLatch(1);
        CountDownLatch fortsatt = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
            Future<byte[]> forsta = pool.submit(() -> minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> {
                paborjad.countDown();
                await(fortsatt);
                return rendera(10);
            }));
            assertThat(paborjad.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<byte[]>> andra = List.of(
                    pool.submit(() -> minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10))),
                    pool.submit(() -> minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10))));
            fortsatt.countDown();
            for (Future<byte[]> f : andra) {
                assertThat(f.get(5, TimeUnit.SECONDS)).isSameAs(forsta.get(5, TimeUnit.SECONDS));
            }
        }
        assertThat(renderingar).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenTheBoundIsReached() {
        Renderingsminne minne = new Renderingsminne(25, 10);
        minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        minne.fil(nyckel("b", "v1", PmFormat.PDF), () -> rendera(10));
        minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10)); // a used again: b is now the oldest
        minne.fil(nyckel("c", "v1", PmFormat.PDF), () -> rendera(10)); // 30 bytes > 25: b goes
        assertThat(minne.antal()).isEqualTo(2);
        minne.fil(nyckel("a", "v1", PmFormat.PDF), () -> rendera(10));
        assertThat(renderingar).hasValue(3);
        minne.fil(nyckel("b", "v1", PmFormat.PDF), () -> rendera(10));
        assertThat(renderingar).hasValue(4);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
