package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The catch rate on {@code src/test/resources/privacy/persoonsgegevens-corpus.txt}: personal data written as an
 * attacker would (the 65 kinds of issue 9 item 4, each in several writings). Prints {@code VRIJE-TEKST VANGST ...}
 * with the figures per kind and the cases missed; requires at least 100 cases and a catch rate of 95 %.
 */
class VrijeTekstScreeningCorpusTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    @Test
    void catchesAtLeast95PercentOfTheCorpus() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/privacy/persoonsgegevens-corpus.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    cases.add(line.split("\\|", 2));
                }
            }
        }
        Map<String, int[]> perKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        int caught = 0;
        for (String[] c : cases) {
            boolean hit = !screening.screen(c[1]).isEmpty();
            int[] counts = perKind.computeIfAbsent(c[0], k -> new int[2]);
            counts[1]++;
            if (hit) {
                counts[0]++;
                caught++;
            } else {
                missed.add(c[0] + ": " + c[1]);
            }
        }
        double rate = 100.0 * caught / cases.size();
        System.out.printf("VRIJE-TEKST VANGST %d/%d = %.1f %%%n", caught, cases.size(), rate);
        perKind.forEach((kind, n) -> System.out.printf("VRIJE-TEKST VANGST %s %d/%d%n", kind, n[0], n[1]));
        missed.forEach(m -> System.out.println("VRIJE-TEKST GEMIST " + m));
        assertTrue(cases.size() >= 100, "the corpus has at least 100 cases, has " + cases.size());
        assertTrue(rate >= 95.0, "catch rate " + rate + " % below 95 %; missed: " + missed);
    }
}
