package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static nl.jbr.integriteit.Gereedschap.programma;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Gereedschap;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Print (issue 11 item 5), checked the way a publisher prints: headless Chromium prints the year page and a ministry
 * page to PDF (A4), and the text of the page that holds each table's caption holds every column header of that table;
 * table 1 starts on the first page (no near-empty first page). Needs {@code chromium} and {@code pdftotext}
 * (Debian packages {@code chromium} and {@code poppler-utils}; .ci/run installs them); skipped without them, failed
 * without them under {@code CI=true} ({@link Gereedschap}).
 */
@Tag("traag")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AfdrukTest {

    @TempDir
    static Path tmp;

    Warehouse warehouse;
    Path jaar2024;

    @BeforeAll
    void publish() throws Exception {
        Gereedschap.programmaVereist("chromium", "afdruktest");
        Gereedschap.programmaVereist("pdftotext", "poppler-utils, afdruktest");
        warehouse = new Warehouse(tmp.resolve("data/warehouse.duckdb"));
        jaar2024 = new PublishFixture(warehouse).publiceer2024(3, tmp.resolve("output"));
    }

    @AfterAll
    void close() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void yearPagePrintsEveryColumnOnA4() throws Exception {
        controleer(jaar2024.resolve("index.html"));
    }

    @Test
    void ministryPagePrintsEveryColumnOnA4() throws Exception {
        controleer(jaar2024.resolve("ministeries/BZK/index.html"));
    }

    private void controleer(Path pagina) throws Exception {
        Map<Integer, List<String>> koppen = koppen(Files.readString(pagina));
        assertThat(koppen).isNotEmpty();
        Path pdf = tmp.resolve(pagina.getParent().getFileName() + ".pdf");
        afdrukken(pagina, pdf);
        List<String> paginas = tekstPerPagina(pdf);
        System.out.println("AFDRUK " + jaar2024.relativize(pagina) + ": " + paginas.size() + " pagina's A4, " + koppen.size() + " tabellen");
        assertThat(paginas.get(0)).as("table 1 starts on the first page").contains("Tabel 1. ");
        for (Map.Entry<Integer, List<String>> tabel : koppen.entrySet()) {
            String caption = "Tabel " + tabel.getKey() + ". ";
            String pagina1 = paginas.stream().filter(p -> p.contains(caption)).findFirst()
                    .orElseThrow(() -> new AssertionError(caption + "not printed"));
            for (String kop : tabel.getValue()) {
                assertThat(pagina1).as(caption + "column '" + kop + "'").contains(kop);
            }
        }
    }

    /** Per table number, the column headers of the page ({@code <th scope="col">}), HTML entities decoded. */
    static Map<Integer, List<String>> koppen(String html) {
        Map<Integer, List<String>> koppen = new LinkedHashMap<>();
        Matcher tabel = Pattern.compile("<caption[^>]*>Tabel (\\d+)\\.(.*?)</thead>", Pattern.DOTALL).matcher(html);
        while (tabel.find()) {
            List<String> kolommen = new ArrayList<>();
            Matcher th = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>", Pattern.DOTALL).matcher(tabel.group(2));
            while (th.find()) {
                kolommen.add(normaal(th.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
                        .replace("&#39;", "'").replace("&quot;", "\"")));
            }
            koppen.put(Integer.parseInt(tabel.group(1)), kolommen);
        }
        return koppen;
    }

    private static void afdrukken(Path pagina, Path pdf) throws Exception {
        Process p = new ProcessBuilder(programma("chromium").orElseThrow().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chromium-profiel"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf,
                pagina.toUri().toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(pdf).isRegularFile();
    }

    /** The text of each page ({@code pdftotext -raw}: a wrapped header cell's lines stay together), whitespace normalised. */
    private static List<String> tekstPerPagina(Path pdf) throws Exception {
        Process info = new ProcessBuilder(programma("pdfinfo").map(Path::toString).orElse("pdfinfo"), pdf.toString()).start();
        String uit = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("Pages:\\s+(\\d+)").matcher(uit);
        assertThat(m.find()).as(uit).isTrue();
        assertThat(uit).as("A4 landscape").containsPattern("Page size:\\s+841\\.\\d+ x 59[45]\\.\\d+ pts \\(A4\\)");
        List<String> paginas = new ArrayList<>();
        for (int i = 1; i <= Integer.parseInt(m.group(1)); i++) {
            Process tekst = new ProcessBuilder(programma("pdftotext").orElseThrow().toString(), "-raw", "-enc", "UTF-8",
                    "-f", Integer.toString(i), "-l", Integer.toString(i), pdf.toString(), "-").start();
            paginas.add(normaal(new String(tekst.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
            tekst.waitFor(60, TimeUnit.SECONDS);
        }
        return paginas;
    }

    private static String normaal(String tekst) {
        return tekst.replaceAll("\\s+", " ").strip();
    }
}
