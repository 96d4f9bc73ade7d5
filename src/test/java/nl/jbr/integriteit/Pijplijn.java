package nl.jbr.integriteit;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Test helper: the real command line, in this JVM, with its output captured. */
public final class Pijplijn {

    private Pijplijn() {
    }

    /**
     * Writes a drop folder made by the benchmark's generator ({@code bench/GenerateDropFolder.java}: the real forms and
     * dialects, figures from {@code zaad}) to {@code input}: {@code regels} incident rows over {@code jaren} ("2024,2025").
     */
    public static void genereerInlevermap(Path input, int regels, String jaren, int zaad) throws Exception {
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GenerateDropFolder.java", "--rows", Integer.toString(regels), "--years", jaren, "--seed",
                Integer.toString(zaad), "--out", input.toString()).redirectErrorStream(true).start();
        String uit = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generator.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(generator.exitValue()).as(uit).isZero();
    }

    /** What one command printed and returned. */
    public record Uitvoer(int code, String out, String err) {
    }

    public static Uitvoer start(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * {@code run} on {@code root/input} into {@code root/output} and {@code root/data}, with any further options;
     * must exit 0. Returns stdout.
     */
    public static String run(Path root, String... opties) {
        List<String> args = new ArrayList<>(List.of("run", "--input", root.resolve("input").toString(),
                "--output", root.resolve("output").toString(), "--data", root.resolve("data").toString()));
        args.addAll(List.of(opties));
        Uitvoer u = start(args.toArray(String[]::new));
        assertThat(u.code()).as(u.err()).isZero();
        return u.out();
    }
}
