package nl.jbr.integriteit.beheer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrIntegriteitApplication;
import nl.jbr.integriteit.ingest.Archief;
import nl.jbr.integriteit.publish.AtomicYearDirectory;

/**
 * Issue 10, the operator's faults: every one ends in one Dutch sentence and a truthful exit code, never a stack
 * trace on the console, and never in wrong figures. Real runs of the command line on real files; the console
 * (where logging writes) is captured too.
 */
@Tag("traag")
class BeheerfoutenTest {

    @TempDir
    Path tmp;

    /** What a command printed: its own streams and the console the logs go to. */
    record Uitvoer(int code, String out, String err, String console) {
        String alles() {
            return out + err + console;
        }
    }

    static synchronized Uitvoer start(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream origineelOut = System.out;
        PrintStream origineelErr = System.err;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = JbrIntegriteitApplication.start(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args);
        } finally {
            System.setOut(origineelOut);
            System.setErr(origineelErr);
        }
        return new Uitvoer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                console.toString(StandardCharsets.UTF_8));
    }

    private Uitvoer run(Path input, Path output, Path data) {
        // small hand-made inputs: disclosure control would withhold their years (it has its own tests)
        return start("run", "--input", input.toString(), "--output", output.toString(), "--data", data.toString(),
                "--jbr.onthulling.drempel", "1");
    }

    private Path invoer() throws IOException {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"), "onderdeel;categorie\nDGOO;g\nDGOO;h\nDGOO;a\n");
        schrijf(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nDouane;h\n");
        return input;
    }

    private static void geenStacktrace(Uitvoer u) {
        assertThat(u.alles()).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("Exception:");
    }

    @Test
    void eenInvoermapDieNietBestaatOfGeenMapIsGeeftCode2() throws IOException {
        Uitvoer u = run(tmp.resolve("bestaat-niet"), tmp.resolve("output"), tmp.resolve("data"));
        assertThat(u.code()).as(u.alles()).isEqualTo(2);
        assertThat(u.err()).contains("bestaat niet");
        Path bestand = schrijf(tmp.resolve("een-bestand"), "x");
        Uitvoer v = run(bestand, tmp.resolve("output"), tmp.resolve("data"));
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.err()).contains("is geen map");
        assertThat(tmp.resolve("output")).doesNotExist();
    }

    @Test
    void eenInvoermapAlsSymbolischeLinkWordtEenmaalGevolgd() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("invoer-link"), invoer());
        Uitvoer u = run(link, tmp.resolve("output"), tmp.resolve("data"));
        assertThat(u.code()).as(u.alles()).isZero();
        assertThat(u.out()).contains("Bestanden: 2 gezien");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv"))).contains("FIN,Ministerie van Financiën,1,");
    }

    @Test
    void deDatamapIsAlleenVoorDeEigenaar() throws IOException {
        Path data = tmp.resolve("data");
        assertThat(run(invoer(), tmp.resolve("output"), data).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        Path wachtwoord = data.resolve("jobrepository/.wachtwoord");
        assertThat(wachtwoord).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wachtwoord))).isEqualTo("rw-------");
        assertThat(Files.readString(wachtwoord).strip()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void eenVolleDataschijfIsEenMislukteRunZonderPublicatie() throws Exception {
        Path data = tmp.resolve("vol");
        Files.createDirectories(data);
        Assumptions.assumeTrue(mount(data, "size=3m"), "cannot mount a tmpfs here");
        try {
            // the example drop folder of the project fills 3 MB of state
            Uitvoer u = run(Path.of("input").toAbsolutePath(), tmp.resolve("output"), data.resolve("data"));
            assertThat(u.code()).as(u.alles()).isEqualTo(1);
            // the first write to fail may be the warehouse's (disclosure control) or the flush before publication
            assertThat(u.err()).contains("schijf vol").containsAnyOf("niets gepubliceerd, de vorige publicatie blijft",
                    "niet gepubliceerd: de vorige publicatie blijft");
            assertThat(tmp.resolve("output/openbaar/2024")).doesNotExist();
            geenStacktrace(u);
        } finally {
            umount(data);
        }
    }

    @Test
    void eenAlleenLezenDatamapIsEenZin() throws Exception {
        Path data = tmp.resolve("ro");
        Files.createDirectories(data);
        Assumptions.assumeTrue(mount(data, "ro,size=1m"), "cannot mount a read-only tmpfs here");
        try {
            Uitvoer u = run(invoer(), tmp.resolve("output"), data);
            assertThat(u.code()).as(u.alles()).isEqualTo(1);
            assertThat(u.err()).contains("niet beschrijfbaar");
            assertThat(u.err().lines().count()).isEqualTo(1);
            geenStacktrace(u);
        } finally {
            umount(data);
        }
    }

    @Test
    void eenBeschadigdeDatamapIsEenZin() throws IOException {
        Path data = tmp.resolve("data");
        assertThat(run(invoer(), tmp.resolve("output"), data).code()).isZero();
        Files.write(data.resolve("warehouse.duckdb"), new byte[] {'k', 'a', 'p', 'o', 't', 0, 1, 2});
        Files.write(data.resolve("jobrepository/batch.mv.db"), new byte[4096]);
        Uitvoer u = run(tmp.resolve("input"), tmp.resolve("output"), data);
        assertThat(u.code()).as(u.alles()).isEqualTo(1);
        assertThat(u.err()).startsWith("De toepassing kon niet starten: ").contains("beschadigd");
        geenStacktrace(u);
        Uitvoer s = start("status", "--data", data.toString());
        assertThat(s.code()).isEqualTo(1);
        geenStacktrace(s);
    }

    @Test
    void eenBeschadigdeArchiefkopieWordtNietGeladen() throws IOException {
        Path input = invoer();
        Path data = tmp.resolve("data");
        assertThat(run(input, tmp.resolve("output"), data).code()).isZero();
        String sha = Archief.sha256(input.resolve("BZK/2024/incidenten.csv"));
        Path kopie = data.resolve("archief/" + sha.substring(0, 2) + "/" + sha);
        kopie.toFile().setWritable(true);
        Files.writeString(kopie, "onderdeel;categorie\nVervalst;g\n");
        Files.delete(data.resolve("warehouse.duckdb")); // the README's restore path

        Uitvoer u = run(input, tmp.resolve("output"), data);
        assertThat(u.code()).as(u.alles()).isEqualTo(1);
        assertThat(u.err()).contains("Het archiefbestand").contains("BZK/2024/incidenten.csv").contains("klopt niet met zijn checksum");
        String tabel = Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv"));
        assertThat(tabel).contains("FIN,Ministerie van Financiën,1,").doesNotContain("BZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,1,");

        // the restore: remove the damaged copy while the file is still in the drop folder
        Files.delete(kopie);
        assertThat(run(input, tmp.resolve("output"), data).code()).isZero();
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv")))
                .containsPattern("BZK,[^,]+,3,");
    }

    @Test
    void eenJaarmapDieNaDeScanEenLinkWordtWordtNietGelezen() throws IOException {
        Path input = invoer();
        schrijf(input.resolve("DEF/2024/incidenten.csv"), "onderdeel;categorie\nGeheim;g\n");
        Path bzk = input.resolve("BZK/2024/incidenten.csv");
        assertThat(Archief.sha256Inlevering(bzk)).isEqualTo(Archief.sha256(bzk));
        // swapped after the scan: BZK's year folder now points at DEF's
        try (Stream<Path> s = Files.list(input.resolve("BZK/2024"))) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(input.resolve("BZK/2024"));
        Files.createSymbolicLink(input.resolve("BZK/2024"), input.resolve("DEF/2024"));
        assertThatThrownBy(() -> Archief.sha256Inlevering(bzk)).isInstanceOf(java.io.UncheckedIOException.class);
        assertThatThrownBy(() -> Archief.openInlevering(bzk)).isInstanceOf(IOException.class);
        // the ministry folder swapped as well
        Files.move(input.resolve("BZK"), tmp.resolve("BZK-weg"));
        Files.createSymbolicLink(input.resolve("BZK"), input.resolve("DEF"));
        assertThatThrownBy(() -> Archief.openInlevering(bzk)).isInstanceOf(IOException.class);
        assertThat(new Archief(tmp.resolve("data")).bewaarInlevering(
                new nl.jbr.integriteit.ingest.AangeleverdBestand("BZK", 2024, "incidenten.csv", bzk), Archief.sha256(bzk))).isEqualTo(Archief.Bewaring.NIET_BEWAARD);
    }

    @Test
    void erWordtNooitDoorEenLinkOnderDeUitvoermapGeschreven() throws IOException {
        Path input = invoer();
        Path output = tmp.resolve("output");
        Path data = tmp.resolve("data");
        assertThat(run(input, output, data).code()).isZero();
        Path elders = Files.createDirectories(tmp.resolve("elders"));
        try (Stream<Path> s = Files.walk(output.resolve("terugmelding/BZK"))) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createSymbolicLink(output.resolve("terugmelding/BZK"), elders);
        Files.writeString(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nDouane;h\nDouane;g\n");

        Uitvoer u = run(input, output, data);
        assertThat(u.code()).as(u.alles()).isEqualTo(1);
        assertThat(u.err()).contains("symbolische link").contains("terugmelding/BZK");
        try (Stream<Path> s = Files.list(elders)) {
            assertThat(s.toList()).isEmpty();
        }
        geenStacktrace(u);
    }

    @Test
    void statusToontStuurtekensUitBestandsnamenNiet() throws IOException {
        Path input = invoer();
        schrijf(input.resolve("BZK/2024/wis\u001B[2Jscherm\u009B31m\rnep.csv"), "onderdeel;categorie\nDGOO;g\n");
        assertThat(run(input, tmp.resolve("output"), tmp.resolve("data")).code()).isZero();
        Uitvoer u = start("status", "--data", tmp.resolve("data").toString());
        assertThat(u.code()).isZero();
        assertThat(u.out()).contains("wis?[2Jscherm?31m?nep.csv");
        assertThat(u.out().chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F))).isEmpty();
        Uitvoer json = start("status", "--json", "--data", tmp.resolve("data").toString());
        assertThat(json.out().chars().filter(c -> (c < 0x20 && c != '\n') || c >= 0x7F)).isEmpty();
    }

    @Test
    void tijdelijkeJaarmappenZijnUniekPerProces() throws IOException {
        // another process (here: our parent, alive) is publishing 2024 into the same output folder, also as run 1
        long anderProces = ProcessHandle.current().parent().orElseThrow().pid();
        Path root = Files.createDirectories(tmp.resolve("output"));
        Path vanAnder = Files.createDirectories(root.resolve(".2024.tmp-" + anderProces + "-1-abcdef12"));
        Files.writeString(vanAnder.resolve("half.csv"), "x");
        List<String> namen = new java.util.ArrayList<>();
        new AtomicYearDirectory().publish(root, 2024, "1", dir -> {
            namen.add(dir.getFileName().toString());
            Files.writeString(dir.resolve("a.csv"), "a");
        });
        assertThat(namen).singleElement().asString().startsWith(".2024.tmp-" + ProcessHandle.current().pid() + "-1-");
        assertThat(vanAnder.resolve("half.csv")).exists();
        assertThat(root.resolve("2024/a.csv")).exists();
    }

    private static Path schrijf(Path p, String inhoud) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, inhoud);
    }

    private static boolean mount(Path map, String opties) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", opties, "tmpfs", map.toString())
                    .redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void umount(Path map) throws Exception {
        new ProcessBuilder("umount", "-l", map.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
}
