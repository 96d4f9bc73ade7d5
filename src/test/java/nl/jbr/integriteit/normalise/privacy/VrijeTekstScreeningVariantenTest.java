package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 5, measured on two corpora written before the detectors were tuned:
 * {@code privacy/persoonsgegevens-varianten.txt} (personal data disguised as a spreadsheet or an attacker can
 * deliver it: Excel, HTML, percent and quoted-printable escapes, look-alike letters, invisible and combining
 * characters, spaced letters, postcodes, identity documents, social media, personnel numbers, dates of birth,
 * e-mail and telephone numbers in words) and {@code privacy/gewone-teksten.txt} (ordinary incident descriptions
 * naming organisations and institutions). Prints {@code VRIJE-TEKST VARIANTEN ...} and
 * {@code VRIJE-TEKST GEWOON ...} lines with the figures per group and every miss and false alarm.
 */
class VrijeTekstScreeningVariantenTest {

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    @Test
    void catchesAtLeast95PercentOfTheDisguisedVariants() throws IOException {
        double rate = measureCatch("/privacy/persoonsgegevens-varianten.txt", "VARIANTEN", 150);
        assertTrue(rate >= 95.0, "catch rate " + rate + " % below 95 %");
    }

    @Test
    void atMostFivePercentFalseAlarmsOnOrdinaryTexts() throws IOException {
        List<String> organisationAlarms = new ArrayList<>();
        double rate = measureFalseAlarms("/privacy/gewone-teksten.txt", "GEWOON", 60, organisationAlarms);
        assertTrue(rate <= 5.0, "false alarms " + rate + " %");
        // the one alarm among the organisations is the street address of a ministry, which reads as any home
        // address would ("Betrokkene woont aan de Turfmarkt nummer 147" is in the corpus of personal data)
        assertEquals(List.of("Incident bij de ingang van het ministerie aan de Turfmarkt 147."), organisationAlarms,
                "false alarms in the organisation group");
    }

    /**
     * The held-out corpora, written after the tuning of the first two and measured once before any further change:
     * 67 of 78 held back (85.9 %), 0 of 50 false alarms. Five general fixes followed (a space after the leading 0
     * of a telephone number, "P-nr.:", "UBR nummer", "geboren in '81", a handle in CamelCase, "postcode 2511 D P");
     * since then the figures below are no longer held out. The bounds guard against regression.
     */
    @Test
    void heldOutCorpora() throws IOException {
        double caught = measureCatch("/privacy/persoonsgegevens-achteraf.txt", "ACHTERAF", 60);
        double alarms = measureFalseAlarms("/privacy/gewone-teksten-achteraf.txt", "ACHTERAF-GEWOON", 40,
                new ArrayList<>());
        assertTrue(caught >= 90.0, "held-out catch rate " + caught + " %");
        assertTrue(alarms <= 5.0, "held-out false alarms " + alarms + " %");
    }

    private double measureCatch(String resource, String label, int minimum) throws IOException {
        List<String[]> cases = read(resource, 3);
        Map<String, int[]> perGroup = new LinkedHashMap<>();
        List<String> missed = new ArrayList<>();
        List<String> otherKind = new ArrayList<>();
        int caught = 0;
        int rightKind = 0;
        for (String[] c : cases) {
            Persoonsgegeven expected = Persoonsgegeven.valueOf(c[1]);
            Set<Persoonsgegeven> found = screening.screen(c[2]);
            int[] counts = perGroup.computeIfAbsent(c[0], k -> new int[3]);
            counts[2]++;
            if (!found.isEmpty()) {
                counts[0]++;
                caught++;
            } else {
                missed.add(c[0] + ": " + c[2]);
            }
            if (found.contains(expected)) {
                counts[1]++;
                rightKind++;
            } else if (!found.isEmpty()) {
                otherKind.add(c[0] + ": " + c[2] + " -> " + found + ", verwacht " + expected);
            }
        }
        double rate = 100.0 * caught / cases.size();
        System.out.printf("VRIJE-TEKST %s achtergehouden %d/%d = %.1f %%, als verwachte soort %d/%d = %.1f %%%n",
                label, caught, cases.size(), rate, rightKind, cases.size(), 100.0 * rightKind / cases.size());
        perGroup.forEach((group, n) -> System.out.printf(
                "VRIJE-TEKST %s %s achtergehouden %d/%d, als verwachte soort %d/%d%n",
                label, group, n[0], n[2], n[1], n[2]));
        missed.forEach(m -> System.out.println("VRIJE-TEKST " + label + " GEMIST " + m));
        otherKind.forEach(m -> System.out.println("VRIJE-TEKST " + label + " ANDERE SOORT " + m));
        assertTrue(cases.size() >= minimum, resource + " has at least " + minimum + " cases, has " + cases.size());
        return rate;
    }

    private double measureFalseAlarms(String resource, String label, int minimum, List<String> organisationAlarms)
            throws IOException {
        List<String[]> cases = read(resource, 2);
        Map<String, int[]> perGroup = new LinkedHashMap<>();
        List<String> alarms = new ArrayList<>();
        int hits = 0;
        for (String[] c : cases) {
            Set<Persoonsgegeven> found = screening.screen(c[1]);
            int[] counts = perGroup.computeIfAbsent(c[0], k -> new int[2]);
            counts[1]++;
            if (!found.isEmpty()) {
                counts[0]++;
                hits++;
                alarms.add(c[0] + ": " + found + ": " + c[1]);
                if (c[0].equals("organisatie")) {
                    organisationAlarms.add(c[1]);
                }
            }
        }
        double rate = 100.0 * hits / cases.size();
        System.out.printf("VRIJE-TEKST %s vals alarm %d/%d = %.1f %%%n", label, hits, cases.size(), rate);
        perGroup.forEach((group, n) ->
                System.out.printf("VRIJE-TEKST %s %s vals alarm %d/%d%n", label, group, n[0], n[1]));
        alarms.forEach(a -> System.out.println("VRIJE-TEKST " + label + " VALS-ALARM " + a));
        assertTrue(cases.size() >= minimum, resource + " has at least " + minimum + " texts, has " + cases.size());
        return rate;
    }

    /** Lines {@code a|b|c} (not blank, not starting with '#'), split into {@code parts} fields. */
    private List<String[]> read(String resource, int parts) throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\\|", parts);
                    assertEquals(parts, fields.length, line);
                    cases.add(fields);
                }
            }
        }
        return cases;
    }
}
