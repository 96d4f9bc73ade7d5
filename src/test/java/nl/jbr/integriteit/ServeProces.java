package nl.jbr.integriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The application's {@code serve} command in a JVM of its own, as an operator starts it, for the slow tests of the
 * service. Its console (stdout and stderr) is read as it comes: {@link #wachtOp} waits for a line, {@link #uitvoer}
 * holds everything it said.
 */
public final class ServeProces {

    private final Process proces;
    private final BlockingQueue<String> nogTeLezen = new LinkedBlockingQueue<>();
    private final List<String> alles = new ArrayList<>();
    private final Thread lezer;

    private ServeProces(Process proces) {
        this.proces = proces;
        this.lezer = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(proces.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(regel -> {
                    synchronized (alles) {
                        alles.add(regel);
                    }
                    nogTeLezen.add(regel);
                });
            } catch (IOException ignored) {
                // the process ended
            }
        });
        lezer.start();
    }

    /** Starts {@code serve} with {@code argumenten} (e.g. {@code --cron}, {@code --input}, ...) on this test's class path. */
    public static ServeProces start(String... argumenten) throws IOException {
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JbrIntegriteitApplication.class.getName(), "serve"));
        opdracht.addAll(List.of(argumenten));
        return new ServeProces(new ProcessBuilder(opdracht).redirectErrorStream(true).start());
    }

    public long pid() {
        return proces.pid();
    }

    /**
     * Waits until the service says a line containing {@code tekst} that was not waited for before; fails after
     * {@code binnen}.
     */
    public void wachtOp(String tekst, Duration binnen) throws InterruptedException {
        long deadline = System.nanoTime() + binnen.toNanos();
        while (System.nanoTime() < deadline) {
            String regel = nogTeLezen.poll(1, TimeUnit.SECONDS);
            if (regel != null && regel.contains(tekst)) {
                return;
            }
        }
        throw new AssertionError("no line with '" + tekst + "' within " + binnen.toSeconds() + " s");
    }

    /** Asks the service to stop, as an operator or systemd does (SIGTERM). */
    public void sigterm() {
        proces.destroy();
    }

    /** Waits until the service has stopped (at most a minute, or the test fails) and returns its exit code. */
    public int uitgang() throws InterruptedException {
        assertThat(proces.waitFor(60, TimeUnit.SECONDS)).as("serve stopped within 60 s").isTrue();
        lezer.join(10_000);
        return proces.exitValue();
    }

    /** Everything the service said so far, one line per line. */
    public String uitvoer() {
        synchronized (alles) {
            return String.join("\n", alles);
        }
    }
}
