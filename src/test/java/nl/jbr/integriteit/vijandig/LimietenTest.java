package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.ValidatieResultaat;
import nl.jbr.integriteit.ingest.Validatoren;
import nl.jbr.integriteit.ingest.VerzameldeRijen;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Issue 5 item 2: the limits on one input file are configuration ({@code jbr.limits.*}) with safe defaults, enforced
 * while the file is streamed, and reported as a fout finding naming the line, never as a crash.
 */
class LimietenTest {

    private static final SchemaSource SCHEMAS = SchemaSource.embedded();

    @TempDir
    Path tmp;

    private final VerzameldeRijen ontvanger = new VerzameldeRijen();

    private static JbrProperties bind(Map<String, String> eigenschappen) {
        return new Binder(new MapConfigurationPropertySource(eigenschappen)).bindOrCreate("jbr", JbrProperties.class);
    }

    @Test
    void standaardwaarden() {
        JbrProperties.Limits l = bind(Map.of()).limits();
        assertThat(l.maxFileBytes()).isEqualTo(100L * 1024 * 1024); // 104,857,600 bytes
        assertThat(l.maxLineChars()).isEqualTo(100_000);
        assertThat(l.maxRows()).isEqualTo(2_000_000L);
        assertThat(l.maxFields()).isEqualTo(200);
    }

    @Test
    void instelbaarPerLimiet() {
        JbrProperties.Limits l = bind(Map.of("jbr.limits.max-file-bytes", "1000", "jbr.limits.max-line-chars", "50",
                "jbr.limits.max-rows", "3", "jbr.limits.max-fields", "4")).limits();
        assertThat(l).isEqualTo(new JbrProperties.Limits(1000, 50, 3, 4));
    }

    private ValidatieResultaat valideer(Path bestand, JbrProperties.Limits limits) {
        return Validatoren.met(limits).valideer(bestand, "BZK", 2023, ontvanger);
    }

    private static Bevinding limiet(ValidatieResultaat r) {
        assertThat(r.geaccepteerd()).isFalse();
        return r.bevindingen().stream().filter(f -> f.code() == BevindingCode.LIMIET_OVERSCHREDEN).findFirst().orElseThrow();
    }

    @Test
    void bestandsgrootte() throws IOException {
        // a sparse file of 4 GB: refused on its size, before a byte is read
        Path groot = tmp.resolve("groot.csv");
        try (RandomAccessFile f = new RandomAccessFile(groot.toFile(), "rw")) {
            f.write("onderdeel;categorie\nDGOO;g\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(4L << 30);
        }
        Bevinding f = limiet(valideer(groot, new JbrProperties.Limits(104_857_600, 100_000, 2_000_000, 200)));
        assertThat(f.regel()).isZero();
        assertThat(f.melding()).contains("104857600 bytes");
        assertThat(ontvanger.meldingen).isEmpty();
        assertThat(ontvanger.personeel).isEmpty();
    }

    @Test
    void regellengte() throws IOException {
        // line 3 holds 40 + 1,000,000 characters; the limit is 1,000: the reader stops inside that line
        Path p = tmp.resolve("lang.csv");
        try (Writer w = Files.newBufferedWriter(p)) {
            w.write("onderdeel;categorie;omschrijving\nDGOO;g;kort\nDGOO;h;" + "x".repeat(1_000_000) + "\nDGOO;a;na\n");
        }
        ValidatieResultaat r = valideer(p, new JbrProperties.Limits(10_000_000, 1_000, 100, 10));
        Bevinding f = limiet(r);
        assertThat(f.regel()).isEqualTo(3);
        assertThat(f.melding()).contains("1000 tekens");
        assertThat(r.gegevensregels()).isEqualTo(1); // only line 2 was read as a row
    }

    @Test
    void aantalRegels() throws IOException {
        // limit 3 rows: lines 2, 3, 4 are read, line 5 is the fourth row and over the limit
        Path p = tmp.resolve("rijen.csv");
        Files.writeString(p, "onderdeel;categorie\nA;g\nB;g\nC;g\nD;g\nE;g\n");
        ValidatieResultaat r = valideer(p, new JbrProperties.Limits(10_000, 1_000, 3, 10));
        assertThat(limiet(r).regel()).isEqualTo(5);
        assertThat(r.gegevensregels()).isEqualTo(3);
    }

    @Test
    void veldenPerRegel() throws IOException {
        // limit 4 fields: line 3 has 2 + 5 = 7
        Path p = tmp.resolve("velden.csv");
        Files.writeString(p, "onderdeel;categorie\nA;g\nB;g;;;;;\n");
        assertThat(limiet(valideer(p, new JbrProperties.Limits(10_000, 1_000, 100, 4))).regel()).isEqualTo(3);
        // the header counts as well
        Files.writeString(p, "onderdeel;categorie;a;b;c\nA;g\n");
        assertThat(limiet(valideer(p, new JbrProperties.Limits(10_000, 1_000, 100, 4))).regel()).isEqualTo(1);
    }

    @Test
    void eenOnafgeslotenAanhalingstekenLooptTegenDeRegellimiet() throws IOException {
        // an opening quote on line 2 swallows the rest of the file: stopped at the line limit, with the likely cause
        Path p = tmp.resolve("quote.csv");
        Files.writeString(p, "onderdeel;categorie;omschrijving\nDGOO;g;\"begint hier\n" + "DGOO;h;tekst\n".repeat(500));
        Bevinding f = limiet(valideer(p, new JbrProperties.Limits(1_000_000, 1_000, 100, 10)));
        assertThat(f.regel()).isEqualTo(2);
        assertThat(f.melding()).contains("aanhalingsteken");
    }

    @Test
    void hoogstensVijfduizendBevindingenPerBestand() throws IOException {
        // 6,000 rows with an unknown category: 6,000 fouten counted, 5,000 listed, and one finding saying 1,000 more
        Path p = tmp.resolve("veel.csv");
        StringBuilder s = new StringBuilder("onderdeel;categorie\n");
        for (int i = 0; i < 6_000; i++) {
            s.append("A;Zonnebloemen ").append(i).append('\n');
        }
        Files.writeString(p, s);
        ValidatieResultaat r = valideer(p, new JbrProperties.Limits(10_000_000, 1_000, 10_000, 10));
        assertThat(r.fouten()).isEqualTo(6_000);
        assertThat(r.bevindingen()).hasSize(5_001);
        assertThat(r.bevindingen()).anyMatch(f -> f.code() == BevindingCode.LIMIET_OVERSCHREDEN && f.regel() == 0
                && f.melding().contains("1000 bevindingen"));
        assertThat(ontvanger.meldingen).isEmpty();
        assertThat(ontvanger.personeel).isEmpty();
    }
}
