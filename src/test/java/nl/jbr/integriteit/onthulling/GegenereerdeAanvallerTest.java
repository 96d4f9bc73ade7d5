package nl.jbr.integriteit.onthulling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

/**
 * The attack of {@link AanvalOpInvoer} on drop folders made by the benchmark's generator
 * ({@code bench/GenerateDropFolder.java}: the real forms and dialects, random figures from a seed), not only on the
 * example input the protection was developed on: a small one with many counts of 1 or 2, and a larger one.
 */
@Tag("traag")
class GegenereerdeAanvallerTest {

    /** Generates a drop folder of {@code regels} incident rows over {@code jaren} ("2024,2025") from {@code zaad}. */
    static void genereer(Path input, int regels, String jaren, int zaad) throws Exception {
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GenerateDropFolder.java", "--rows", Integer.toString(regels), "--years", jaren, "--seed",
                Integer.toString(zaad), "--out", input.toString()).redirectErrorStream(true).start();
        String uit = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generator.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(generator.exitValue()).as(uit).isZero();
    }

    /** 600 rows over three years: small ministries, many small counts. */
    @Nested
    class Klein extends AanvalOpInvoer {

        @Override
        void vulInvoer(Path input) throws Exception {
            genereer(input, 600, "2023,2024,2025", 11);
        }

        @Override
        List<Integer> jaren() {
            return List.of(2023, 2024, 2025);
        }

        @Override
        int minstens(int voorDeVoorbeeldinvoer) {
            return voorDeVoorbeeldinvoer / 10;
        }
    }

    /** 3,000 rows over two years (the chapter's generated test uses the same folder). */
    @Nested
    class Groter extends AanvalOpInvoer {

        @Override
        void vulInvoer(Path input) throws Exception {
            genereer(input, 3000, "2024,2025", 7);
        }

        @Override
        List<Integer> jaren() {
            return List.of(2024, 2025);
        }

        @Override
        int minstens(int voorDeVoorbeeldinvoer) {
            return voorDeVoorbeeldinvoer / 10;
        }
    }
}
