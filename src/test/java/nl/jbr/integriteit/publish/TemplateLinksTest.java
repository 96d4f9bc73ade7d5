package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import nl.jbr.integriteit.uitvoer.Templates;

/**
 * Issue 23 item 3: a link to a file path is percent-encoded ({@code BZK meldingen 2020.html} becomes
 * {@code BZK%20meldingen%202020.html}), which the Nu Html Checker requires. Every value a template puts into an
 * {@code href} or {@code src} goes through FreeMarker's {@code ?url_path} (UTF-8, keeps {@code /}); this test reads
 * every template under {@code jobs/} so a new link cannot forget it.
 */
class TemplateLinksTest {

    private static final Pattern ATTRIBUUT = Pattern.compile("\\b(?:href|src|action|xlink:href)=\"([^\"]*)\"");
    private static final Pattern INTERPOLATIE = Pattern.compile("\\$\\{([^}]*)}");

    @Test
    void elkeLinkInEenSjabloonIsGecodeerd() throws IOException {
        List<String> ongecodeerd = new ArrayList<>();
        int links = 0;
        try (Stream<Path> paden = Files.walk(Path.of("jobs"))) {
            for (Path sjabloon : paden.filter(p -> p.toString().endsWith(".ftlh") || p.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher attribuut = ATTRIBUUT.matcher(Files.readString(sjabloon));
                while (attribuut.find()) {
                    if (attribuut.group(1).startsWith("data:")) {
                        continue; // an embedded picture (the chapter's PDF): base64 has only characters a URI allows
                    }
                    Matcher waarde = INTERPOLATIE.matcher(attribuut.group(1));
                    while (waarde.find()) {
                        links++;
                        if (!waarde.group(1).endsWith("?url_path")) {
                            ongecodeerd.add(sjabloon + ": " + attribuut.group());
                        }
                    }
                }
            }
        }
        assertThat(links).as("links with a value in the templates").isGreaterThan(10);
        assertThat(ongecodeerd).isEmpty();
    }

    @Test
    void eenBestandsnaamMetSpatiesEnAccentenWordtEenGeldigeLink() {
        Templates templates = new Templates("file:" + Path.of("jobs").toAbsolutePath() + "/");
        Map<String, Object> rij = Map.of("jaar", "2020", "terugmelding", "2020/BZK meldingen ré 2020.html", "bestand", "BZK meldingen ré 2020.csv",
                "formulier", "incidenten", "versie", "1", "ontvangen", "1 januari 2020", "geaccepteerd", true, "status", "Geaccepteerd",
                "inGebruik", "ja", "bevindingen", "0");
        String html = templates.render("inleverstatus/templates/feedback-overzicht.ftlh",
                Map.of("naam", "Binnenlandse Zaken", "code", "BZK", "rijen", List.of(rij), "stempel", "Gemaakt"));
        // UTF-8 percent-encoding of space and é, the slash kept; the link text stays as the file is named
        assertThat(html).contains("<a href=\"2020/BZK%20meldingen%20r%C3%A9%202020.html\">BZK meldingen ré 2020.csv</a>");
    }
}
