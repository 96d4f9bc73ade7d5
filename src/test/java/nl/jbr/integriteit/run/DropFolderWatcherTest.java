package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Issue 22 C: the drop-folder watcher of {@code serve} keeps watching after its watch service fails. Before, a burst of
 * folders created and removed, or the drop folder removed and made again, ended the watching for good while serve ran
 * on: a file dropped afterwards got no feedback until the nightly run. The rescan interval is an hour here, so only
 * the watching itself (or its restart) can see the new file.
 */
class DropFolderWatcherTest {

    @TempDir
    Path tmp;

    private final ListAppender<ILoggingEvent> logboek = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DropFolderWatcher.class);

    @BeforeEach
    void luister() {
        logboek.start();
        logger.addAppender(logboek);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logboek);
    }

    @Test
    void naEenVerdwenenInlevermapBewaaktHijWeer() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("input/BZK/2024")).getParent().getParent();
        AtomicInteger acties = new AtomicInteger();
        try (DropFolderWatcher wachter = new DropFolderWatcher(input, Duration.ofMillis(200), Duration.ofHours(1),
                acties::incrementAndGet)) {
            wachter.start();
            // a burst of folders made and removed, then the drop folder removed and made again
            for (int i = 0; i < 300; i++) {
                Path map = Files.createDirectories(input.resolve("FIN/" + (2000 + i % 20)));
                Files.delete(map);
            }
            Files.delete(input.resolve("BZK/2024"));
            Files.delete(input.resolve("BZK"));
            Files.delete(input.resolve("FIN"));
            Files.delete(input);
            Thread.sleep(1_500);
            Files.createDirectories(input.resolve("BZK/2024"));
            Thread.sleep(1_500);
            Files.writeString(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\n");
            wachtOp(() -> acties.get() > 0, Duration.ofSeconds(30));
        }
        assertThat(acties.get()).as("feedback for the file dropped after the failure").isPositive();
        assertThat(logboek.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .startsWith("De bewaking van de inlevermap " + input + " viel uit ("));
        assertThat(logboek.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                .isEqualTo("De bewaking van de inlevermap " + input + " loopt weer"));
    }

    private static void wachtOp(java.util.function.BooleanSupplier voorwaarde, Duration hoogstens) throws InterruptedException {
        long einde = System.nanoTime() + hoogstens.toNanos();
        while (!voorwaarde.getAsBoolean() && System.nanoTime() < einde) {
            Thread.sleep(100);
        }
    }

}
