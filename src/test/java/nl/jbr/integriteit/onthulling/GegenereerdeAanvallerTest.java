package nl.jbr.integriteit.onthulling;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;

import nl.jbr.integriteit.Pijplijn;

/**
 * The attack of {@link AanvalOpInvoer} on drop folders made by the benchmark's generator
 * ({@code bench/GenerateDropFolder.java}: the real forms and dialects, random figures from a seed), not only on the
 * example input the protection was developed on: a small one with many counts of 1 or 2, and a larger one.
 */
@Tag("traag")
class GegenereerdeAanvallerTest {

    /** The attack on one generated drop folder: {@code regels} incident rows over {@code jaren} from {@code zaad}. */
    abstract static class Gegenereerd extends AanvalOpInvoer {

        private final int regels;
        private final List<Integer> jaren;
        private final int zaad;

        Gegenereerd(int regels, List<Integer> jaren, int zaad) {
            this.regels = regels;
            this.jaren = jaren;
            this.zaad = zaad;
        }

        @Override
        void vulInvoer(Path input) throws Exception {
            Pijplijn.genereerInlevermap(input, regels, jaren.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")), zaad);
        }

        @Override
        List<Integer> jaren() {
            return jaren;
        }

        @Override
        int minstens(int voorDeVoorbeeldinvoer) {
            return voorDeVoorbeeldinvoer / 10;
        }
    }

    /** 600 rows over three years: small ministries, many small counts. */
    @Nested
    class Klein extends Gegenereerd {
        Klein() {
            super(600, List.of(2023, 2024, 2025), 11);
        }
    }

    /** 3,000 rows over two years (the chapter's generated test uses the same folder). */
    @Nested
    class Groter extends Gegenereerd {
        Groter() {
            super(3000, List.of(2024, 2025), 7);
        }
    }
}
