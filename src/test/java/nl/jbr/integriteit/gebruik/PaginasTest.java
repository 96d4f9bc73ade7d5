package nl.jbr.integriteit.gebruik;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 13 item 7, on the pages of a real run: the feedback table scrolls in its own box (the page does not scroll
 * sideways on a narrow screen), row labels are left-aligned header cells, every landmark region has a label of its
 * own (axe landmark-unique), and every page type has a skip link.
 */
class PaginasTest {

    @TempDir
    Path tmp;

    @Test
    void toegankelijkeOpEenSmalScherm() throws IOException {
        schrijf("input/BZK/2024/incidenten.csv", "onderdeel;categorie\nDGOO;g\nDGOO;x\nDGOO;h\n");
        schrijf("input/BZK/2024/personeel.csv", "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;100;3\n");
        schrijf("input/FIN/2024/incidenten.csv", "onderdeel;categorie\nDouane;g\n");
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1");

        String feedback = lees("output/terugmelding/BZK/2024/incidenten.html");
        assertThat(feedback).contains("<a class=\"naar-inhoud\" href=\"#bevindingen\">")
                .contains("<div class=\"tabelvak\" tabindex=\"0\" role=\"region\" aria-labelledby=\"bevindingen-bijschrift\">")
                .contains("<caption id=\"bevindingen-bijschrift\">").contains("<th scope=\"row\">3</th>")
                .contains("@media (max-width: 40rem)").contains(".tabelvak { max-width: 100%; overflow-x: auto; }");

        for (String pagina : List.of("output/openbaar/2024/index.html", "output/openbaar/2024/ministeries/BZK/index.html", "output/openbaar/index.html",
                "output/beheer/inleverstatus/2024.html", "output/terugmelding/BZK/index.html", "output/terugmelding/BZK/2024/incidenten.html")) {
            String html = lees(pagina);
            assertThat(html).as(pagina).contains("class=\"naar-inhoud\"");
            // landmark-unique: no two landmarks (section, region) share a label
            List<String> labels = new ArrayList<>();
            Matcher m = Pattern.compile("<(section|div)[^>]*aria-labelledby=\"([^\"]+)\"").matcher(html);
            while (m.find()) {
                labels.add(m.group(2));
            }
            assertThat(labels).as(pagina).doesNotHaveDuplicates();
            // row labels are header cells, left-aligned (never the right-aligned number class)
            assertThat(html).as(pagina).doesNotContain("<th scope=\"row\" class=\"getal\"");
        }
        assertThat(lees("output/openbaar/2024/index.html")).contains("tbody th { text-align: left;");
    }

    private String lees(String pad) throws IOException {
        return Files.readString(tmp.resolve(pad), StandardCharsets.UTF_8);
    }

    private void schrijf(String pad, String inhoud) throws IOException {
        Path f = tmp.resolve(pad);
        Files.createDirectories(f.getParent());
        Files.writeString(f, inhoud, StandardCharsets.UTF_8);
    }
}
