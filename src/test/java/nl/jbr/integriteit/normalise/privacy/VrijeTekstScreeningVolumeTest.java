package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million short texts, as a year's worth of incident rows would never reach but the screening must handle
 * without trouble. No timing is asserted; the run time shows in the test report.
 */
@Tag("traag") // volume: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class VrijeTekstScreeningVolumeTest {

    private static final List<String> TEXTS = List.of(
            "Medewerker heeft in 2024 vertrouwelijke stukken gedeeld",
            "schade van € 1.250,00, terugbetaald",
            "zaak 2024-00123, afgedaan met een waarschuwing",
            "Betrokkene heeft zonder toestemming het dossier geraadpleegd.",
            "Medewerker A heeft medewerker B uitgescholden tijdens een overleg op 12-03-2024.",
            "Laptop verloren in de trein; melding bij de servicedesk.",
            "gesprek met dhr. Jansen over de declaraties",        // PERSOONSNAAM
            "bel 06-12345678 voor nadere informatie",             // TELEFOONNUMMER
            "j.jansen@minbzk.nl heeft NL91ABNA0417164300 gebruikt", // EMAILADRES, IBAN
            "Op 1-3-2024 is 12,5% van de uren onterecht gedeclareerd.");

    @Test
    void aMillionShortTexts() {
        VrijeTekstScreening screening = new VrijeTekstScreening();
        Map<Persoonsgegeven, Integer> counts = new EnumMap<>(Persoonsgegeven.class);
        int flaggedTexts = 0;
        for (int i = 0; i < 1_000_000; i++) {
            Set<Persoonsgegeven> found = screening.screen(TEXTS.get(i % TEXTS.size()));
            if (!found.isEmpty()) {
                flaggedTexts++;
            }
            for (Persoonsgegeven p : found) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        // 1,000,000 texts cycle through 10 templates: each template 100,000 times.
        // Templates 7, 8 and 9 hold personal data: 3 * 100,000 = 300,000 texts flagged.
        assertEquals(300_000, flaggedTexts);
        // template 7 a name, template 8 a phone number, template 9 an e-mail address and an IBAN
        assertEquals(Map.of(
                Persoonsgegeven.PERSOONSNAAM, 100_000,
                Persoonsgegeven.TELEFOONNUMMER, 100_000,
                Persoonsgegeven.EMAILADRES, 100_000,
                Persoonsgegeven.IBAN, 100_000), counts);
    }

    /**
     * Different texts (a row number in each), so that none comes from the screening's cache of short texts: what a
     * first year of real descriptions costs. Prints {@code VRIJE-TEKST VOLUME ...} with the texts per second.
     */
    @Test
    void twoHundredThousandDifferentTexts() {
        VrijeTekstScreening screening = new VrijeTekstScreening();
        for (int i = 0; i < 50_000; i++) {
            screening.screen(TEXTS.get(i % TEXTS.size()) + " (opwarmen " + i + ")");
        }
        int flaggedTexts = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            if (!screening.screen(TEXTS.get(i % TEXTS.size()) + " (regel " + i + ")").isEmpty()) {
                flaggedTexts++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // the processor time of this thread says more than the wall clock on a machine shared with other work
        System.out.printf("VRIJE-TEKST VOLUME 200000 verschillende teksten in %.2f s (%.2f s processortijd)"
                + " = %.0f teksten per processorseconde%n", seconds, cpuSeconds, 200_000 / cpuSeconds);
        // templates 7, 8 and 9 of every 10 hold personal data
        assertEquals(60_000, flaggedTexts);
    }

    @Test
    void longAndRepetitiveTextsDoNotBlowUp() {
        VrijeTekstScreening screening = new VrijeTekstScreening();
        // shapes that make badly written patterns backtrack: runs of initials, digits, dots and '@'
        assertEquals(Set.of(), screening.screen("A.".repeat(20_000)));
        assertEquals(Set.of(), screening.screen("0 ".repeat(20_000)));
        assertEquals(Set.of(), screening.screen("a.".repeat(20_000) + "@"));
        assertEquals(Set.of(), screening.screen("1.".repeat(20_000)));
        assertEquals(Set.of(), screening.screen("mevrouw ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("van de ".repeat(10_000) + "dhr."));
        assertEquals(Set.of(), screening.screen("Kerk".repeat(10_000) + "straat"));
        assertEquals(Set.of(), screening.screen("NL91 ".repeat(10_000)));
        // issue 21: the decoding layers, the spoken variant and the new detectors
        assertEquals(Set.of(), screening.screen("_x00".repeat(20_000)));
        assertEquals(Set.of(), screening.screen("&#".repeat(20_000) + "&amp".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("%2".repeat(20_000) + "=4".repeat(20_000)));
        assertEquals(Set.of(), screening.screen("J A ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("nul zes ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("2511 ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("paspoort ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("instagram ".repeat(10_000)));
        assertEquals(Set.of(), screening.screen("(".repeat(20_000) + "1978)"));
        assertEquals(Set.of(Persoonsgegeven.EXCEL_CODERING), screening.screen("_x005F".repeat(20_000) + "_x0040_"));
    }
}
