package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 21 item 5: no false alarm on the name of an organisation or institution. Every name and abbreviation of
 * {@code input-schemas/privacy/organisaties.csv}, on its own and in the sentences integrity coordinators write,
 * and as a social-media handle, is screened clean.
 */
class OrganisatiesTest {

    private static final List<String> SENTENCES = List.of(
            "%s",
            "Melding doorgestuurd naar de %s.",
            "De %s heeft een onderzoek ingesteld.",
            "Medewerker van de %s heeft zonder noodzaak dossiers ingezien.",
            "Bij %s is in maart 2025 een melding gedaan over € 2.500 aan declaraties.",
            "Signaal van %s ontvangen; zaak 2025-014 om 14.30 uur besproken.",
            "Bericht via @%s geplaatst.");

    private final VrijeTekstScreening screening = new VrijeTekstScreening();

    @Test
    void noOrganisationNameIsTakenForPersonalData() throws IOException {
        List<String> names = new ArrayList<>();
        ClassLoader classes = getClass().getClassLoader();
        try (InputStream in = classes.getResourceAsStream("input-schemas/privacy/organisaties.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertEquals("naam,afkorting", lines[0].strip());
            for (int i = 1; i < lines.length; i++) {
                for (String field : lines[i].split(",", -1)) {
                    if (!field.isBlank()) {
                        names.add(field.strip());
                    }
                }
            }
        }
        Map<String, Set<Persoonsgegeven>> alarms = new TreeMap<>();
        int screened = 0;
        for (String name : names) {
            for (String sentence : SENTENCES) {
                String handle = sentence.contains("@") ? name.replaceAll("[ -]", "") : name;
                String text = String.format(sentence, handle);
                Set<Persoonsgegeven> found = screening.screen(text);
                screened++;
                if (!found.isEmpty()) {
                    alarms.put(text, found);
                }
            }
        }
        System.out.printf("VRIJE-TEKST ORGANISATIES %d namen en afkortingen, %d zinnen, vals alarm %d%n",
                names.size(), screened, alarms.size());
        alarms.forEach((text, found) ->
                System.out.println("VRIJE-TEKST ORGANISATIES VALS-ALARM " + found + ": " + text));
        assertTrue(names.size() > 150, "read " + names.size() + " names and abbreviations");
        assertEquals(Map.of(), alarms);
    }
}
