package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.feedback.Terugmelding;
import nl.jbr.integriteit.feedback.TerugmeldingWriter;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.ingest.MeldingRij;
import nl.jbr.integriteit.ingest.PersoneelRij;
import nl.jbr.integriteit.ingest.RijOntvanger;
import nl.jbr.integriteit.ingest.ValidatieResultaat;
import nl.jbr.integriteit.ingest.Validatoren;
import nl.jbr.integriteit.publish.Templates;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Fuzzing the reader and normaliser (issue 5 item 5): seeded, reproducible mutations of valid files fed to
 * {@link FormulierValidator#valideer}. Case {@code i} uses {@code new Random(SEED + i)}, so a failing case can be
 * replayed alone. Invariants: no exception escapes; a file is accepted or has at least one fout finding; every
 * finding's line exists in the file; the rows handed to the receiver never exceed the data rows, and the data rows
 * never exceed the lines of the file; an accepted file hands over every data row. Every 25th case also has its
 * feedback written under a random hostile file name.
 */
@Tag("traag") // 12,000 mutated files: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class FuzzTest {

    static final long SEED = 20_241_123L;
    static final int GEVALLEN = 12_000;

    /** Small limits, so that mutations also reach the limit paths. */
    static final JbrProperties.Limits LIMITS = new JbrProperties.Limits(2_000_000, 20_000, 400, 64);

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final SchemaSource SCHEMAS = SchemaSource.embedded();

    @TempDir
    Path tmp;

    private final TerugmeldingWriter feedback = new TerugmeldingWriter(new Templates("classpath:jobs/"));
    private final FormulierValidator validator = Validatoren.met(LIMITS);

    private static final class Teller implements RijOntvanger {
        long rijen;

        @Override
        public void melding(MeldingRij rij) {
            rijen++;
        }

        @Override
        public void personeel(PersoneelRij rij) {
            rijen++;
        }
    }

    @Test
    void duizendenVerminkteBestandenBrekenNietsEnWordenAltijdBeoordeeld() throws IOException {
        List<byte[]> bronnen = new ArrayList<>();
        for (String goed : List.of("BZK/2023/incidenten.csv", "BZK/2023/personeel.csv", "FIN/2023/incidenten.csv",
                "FIN/2023/personeel.csv")) {
            bronnen.add(Files.readAllBytes(Corpus.goed(goed)));
        }
        // the same incidents as Windows-1252 with a BOM-less, tab-separated, CRLF layout
        bronnen.add(new String(bronnen.get(0), StandardCharsets.UTF_8).replace(';', '\t').replace("\n", "\r\n")
                .replace("Ongepaste", "Ongepaste é").getBytes(CP1252));

        Path bestand = tmp.resolve("fuzz.csv");
        long bevindingen = 0, fouten = 0, geaccepteerd = 0;
        Map<BevindingCode, Long> perCode = new EnumMap<>(BevindingCode.class);
        List<String> schendingen = new ArrayList<>();
        for (int i = 0; i < GEVALLEN && schendingen.size() < 10; i++) {
            Random r = new Random(SEED + i);
            byte[] bron = bronnen.get(r.nextInt(bronnen.size()));
            StringBuilder wat = new StringBuilder();
            byte[] data = bron;
            int mutaties = 1 + r.nextInt(3);
            for (int m = 0; m < mutaties; m++) {
                data = muteer(data, r, wat);
            }
            Files.write(bestand, data);
            Teller teller = new Teller();
            ValidatieResultaat res;
            try {
                res = validator.valideer(bestand, "BZK", 2023, teller);
            } catch (RuntimeException | Error e) {
                schendingen.add("case " + i + " (" + wat + "): " + e);
                continue;
            }
            long regels = regels(data);
            String fout = controleer(res, teller.rijen, regels);
            if (fout != null) {
                schendingen.add("case " + i + " (" + wat + "): " + fout);
            }
            if (i % 25 == 0) {
                String fout2 = schrijfTerugmelding(res, r);
                if (fout2 != null) {
                    schendingen.add("case " + i + " (" + wat + "), feedback: " + fout2);
                }
            }
            bevindingen += res.bevindingen().size();
            fouten += res.fouten();
            if (res.geaccepteerd()) {
                geaccepteerd++;
            }
            res.bevindingen().forEach(f -> perCode.merge(f.code(), 1L, Long::sum));
        }
        System.out.println("VIJANDIG fuzz cases=" + GEVALLEN + " accepted=" + geaccepteerd + " findings=" + bevindingen
                + " fouten=" + fouten + " codes=" + perCode.size() + " " + perCode);
        assertThat(schendingen).isEmpty();
        // the mutations reach the rejecting paths as well as the accepting ones
        assertThat(geaccepteerd).isBetween(GEVALLEN / 20L, GEVALLEN - GEVALLEN / 20L);
        assertThat(perCode).containsKeys(BevindingCode.BESTAND_ONLEESBAAR, BevindingCode.LIMIET_OVERSCHREDEN,
                BevindingCode.KOLOM_ONTBREEKT, BevindingCode.WAARDE_ONGELDIG, BevindingCode.CATEGORIE_ONBEKEND);
    }

    /**
     * Writes the feedback of every 25th case under a random hostile file name: the files land directly in
     * terugmelding/BZK/2023/, the CSV reads back with one record per finding, every text cell neutralised, and the
     * HTML holds no markup from the input.
     */
    private String schrijfTerugmelding(ValidatieResultaat res, Random r) {
        StringBuilder naam = new StringBuilder();
        String gemeen = "../\\:*?\"<>|\u0000\u202E. -é";
        for (int k = 1 + r.nextInt(30); k > 0; k--) {
            naam.append(r.nextInt(3) == 0 ? (char) ('a' + r.nextInt(26)) : gemeen.charAt(r.nextInt(gemeen.length())));
        }
        naam.append(".csv");
        Path uit = tmp.resolve("uit");
        Path csv;
        try {
            csv = feedback.write(uit, new Terugmelding("BZK", 2023, naam.toString(), 1, "0".repeat(64), res.formulier(),
                    res.geaccepteerd(), res.gegevensregels(), 0, res.dialect(), null, res.bevindingen()));
        } catch (RuntimeException e) {
            return "name '" + naam + "': " + e;
        }
        Path map = uit.resolve("terugmelding/BZK/2023");
        if (!map.equals(csv.getParent())) {
            return "written outside its folder: " + csv;
        }
        try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != res.bevindingen().size() + 1) {
                return records.size() + " CSV records for " + res.bevindingen().size() + " findings";
            }
            for (CSVRecord rec : records.subList(1, records.size())) {
                for (int c = 1; c < rec.size(); c++) {
                    if (!rec.get(c).isEmpty() && "=+-@\t\r".indexOf(rec.get(c).charAt(0)) >= 0) {
                        return "formula cell in feedback: " + rec.get(c);
                    }
                }
            }
            String html = Files.readString(csv.resolveSibling(csv.getFileName().toString().replaceAll("\\.csv$", ".html")));
            if (html.contains("<script") || !html.contains("</html>")) {
                return "feedback page unsafe or incomplete";
            }
            Files.delete(csv);
        } catch (IOException e) {
            return e.toString();
        }
        return null;
    }

    /** The invariants; null when they hold. */
    static String controleer(ValidatieResultaat res, long ontvangen, long regels) {
        if (!res.geaccepteerd() && res.bevindingen().stream().noneMatch(Bevinding::isFout)) {
            return "rejected without a fout finding: " + res.bevindingen();
        }
        if (res.geaccepteerd() && res.bevindingen().stream().anyMatch(Bevinding::isFout)) {
            return "accepted with a fout finding";
        }
        for (Bevinding f : res.bevindingen()) {
            if (f.regel() < 0 || f.regel() > regels) {
                return "finding on line " + f.regel() + " of a file of " + regels + " lines: " + f;
            }
            if (f.melding().isBlank() || f.melding().contains("Exception")) {
                return "finding without a proper melding: " + f;
            }
        }
        if (res.gegevensregels() > regels) {
            return res.gegevensregels() + " data rows in a file of " + regels + " lines";
        }
        if (ontvangen > res.gegevensregels()) {
            return ontvangen + " rows received of " + res.gegevensregels() + " data rows";
        }
        if (res.geaccepteerd() && ontvangen != res.gegevensregels()) {
            return "accepted, but " + ontvangen + " rows received of " + res.gegevensregels() + " data rows";
        }
        return null;
    }

    /** Lines as a spreadsheet counts them: CRLF, LF and a lone CR each end one. */
    static long regels(byte[] data) {
        long n = 1;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == data.length || data[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }

    static byte[] muteer(byte[] in, Random r, StringBuilder wat) {
        int n = in.length;
        int soort = r.nextInt(14);
        wat.append(soort).append(' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
        int p = n == 0 ? 0 : r.nextInt(n + 1);
        switch (soort) {
            case 0 -> { // byte flips
                byte[] b = in.clone();
                for (int k = 1 + r.nextInt(8); k > 0 && n > 0; k--) {
                    b[r.nextInt(n)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case 1 -> { // delete a range
                int len = Math.min(n - p, 1 + r.nextInt(40));
                out.write(in, 0, p);
                out.write(in, p + len, n - p - len);
            }
            case 2 -> { // duplicate a range
                int len = Math.min(n - p, 1 + r.nextInt(120));
                out.write(in, 0, p + len);
                out.write(in, p, n - p);
            }
            case 3 -> { // separator swap, everywhere or once
                byte van = ";,\t".getBytes(StandardCharsets.US_ASCII)[r.nextInt(3)];
                byte naar = ";,\t|".getBytes(StandardCharsets.US_ASCII)[r.nextInt(4)];
                boolean alle = r.nextBoolean();
                byte[] b = in.clone();
                for (int k = 0; k < n; k++) {
                    if (b[k] == van && (alle || r.nextInt(8) == 0)) {
                        b[k] = naar;
                    }
                }
                return b;
            }
            case 4 -> { // quote insertion
                out.write(in, 0, p);
                out.writeBytes(r.nextBoolean() ? new byte[] {'"'} : new byte[] {'"', '"'});
                out.write(in, p, n - p);
            }
            case 5 -> { // encoding mangling: a Windows-1252 byte, a broken UTF-8 lead, a BOM, or UTF-16
                int k = r.nextInt(4);
                if (k == 3) {
                    return new String(in, StandardCharsets.UTF_8).getBytes(r.nextBoolean()
                            ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16);
                }
                out.write(in, 0, p);
                out.writeBytes(switch (k) {
                    case 0 -> new byte[] {(byte) 0xE9};
                    case 1 -> new byte[] {(byte) 0xC3};
                    default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                });
                out.write(in, p, n - p);
            }
            case 6 -> { // line split
                out.write(in, 0, p);
                out.writeBytes(new byte[][] {{'\n'}, {'\r'}, {'\r', '\n'}}[r.nextInt(3)]);
                out.write(in, p, n - p);
            }
            case 7 -> { // line join: drop one line break
                int q = indexOf(in, (byte) '\n', p);
                if (q < 0) {
                    return in;
                }
                out.write(in, 0, q);
                out.write(in, q + 1, n - q - 1);
            }
            case 8 -> { // huge value, sometimes over the line limit
                out.write(in, 0, p);
                byte[] groot = new byte[1_000 + r.nextInt(30_000)];
                java.util.Arrays.fill(groot, (byte) ('a' + r.nextInt(26)));
                out.writeBytes(groot);
                out.write(in, p, n - p);
            }
            case 9 -> { // control characters, NUL included
                out.write(in, 0, p);
                for (int k = 1 + r.nextInt(10); k > 0; k--) {
                    out.write(r.nextInt(32));
                }
                out.write(in, p, n - p);
            }
            case 10 -> { // truncate
                out.write(in, 0, p);
            }
            case 11 -> { // random Unicode text (valid UTF-8)
                out.write(in, 0, p);
                StringBuilder s = new StringBuilder();
                for (int k = 1 + r.nextInt(20); k > 0; k--) {
                    int cp;
                    do {
                        cp = r.nextInt(0x10FFFF);
                    } while (cp >= 0xD800 && cp <= 0xDFFF);
                    s.appendCodePoint(cp);
                }
                out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
                out.write(in, p, n - p);
            }
            case 12 -> { // many separators: a row with too many fields
                out.write(in, 0, p);
                out.writeBytes(";".repeat(1 + r.nextInt(100)).getBytes(StandardCharsets.US_ASCII));
                out.write(in, p, n - p);
            }
            default -> { // a formula or a number in another notation at a random place
                String[] stukjes = {"=HYPERLINK(\"x\")", "+1", "@SUM(A1)", "-3", "1e3", "1.234", "1,5", " 12 ", "31-02-2023",
                        "#N/B", "2O24", "<script>", "\u202E", "\u00A0"};
                out.write(in, 0, p);
                out.writeBytes(stukjes[r.nextInt(stukjes.length)].getBytes(StandardCharsets.UTF_8));
                out.write(in, p, n - p);
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
