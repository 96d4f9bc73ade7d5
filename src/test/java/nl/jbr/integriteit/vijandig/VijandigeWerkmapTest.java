package nl.jbr.integriteit.vijandig;

import static nl.jbr.integriteit.bevinding.BevindingCode.BESTAND_ONLEESBAAR;
import static nl.jbr.integriteit.bevinding.BevindingCode.LIMIET_OVERSCHREDEN;
import static nl.jbr.integriteit.bevinding.BevindingCode.WAARDE_ONGELDIG;
import static nl.jbr.integriteit.ingest.xlsx.TestWerkmap.rij;
import static nl.jbr.integriteit.vijandig.Geval.Uitkomst.AFGEKEURD;
import static nl.jbr.integriteit.vijandig.Geval.Uitkomst.GEACCEPTEERD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;

/**
 * Issue 22 A, end to end: hostile workbooks (and the CSV number cell of a thousand digits) beside the example input
 * of the repository ({@code input/}, six years). One run holds the example and every kind; a second run holds the
 * example alone. Each kind must get its outcome with a Dutch finding in the ledger and no exception, and the
 * published tables of the example's years ({@code output/openbaar/<jaar>/rijk/*.csv}) must be byte for byte those of the run
 * without them. Rejected kinds go to BZK/2024, beside BZK's accepted files of that year; accepted kinds to BZK/2026,
 * a year the example does not have (they add figures there, and a year's tables never read a later year).
 */
@Tag("traag") // two full runs of the example input (about 1.5 minutes): under ./mvnw verify (Failsafe)
class VijandigeWerkmapTest {

    @TempDir
    static Path tmp;

    private static final String AFGEKEURD_MAP = "BZK/2024";
    private static final String GEACCEPTEERD_MAP = "BZK/2026";
    private static final List<Integer> JAREN = List.of(2020, 2021, 2022, 2023, 2024, 2025);

    private static final Object[] KOP = {"Volgnummer", "Onderdeel", "Datum melding", "Categorie", "Aantal betrokkenen"};
    private static final Object[] KOP_PERSONEEL = {"Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"};

    private static Path metVijandig;
    private static Path zonder;
    private static String uitvoer;
    private static final Map<String, String> status = new HashMap<>();
    private static final Map<String, List<Bevinding>> bevindingen = new HashMap<>();

    record Bevinding(long regel, String kolom, String ernst, String code, String melding) {
    }

    /** A number cell (style 0) or a date-formatted one (style 1). */
    private static String getal(String v, int stijl) {
        return "<c r=\"@\"" + (stijl == 0 ? "" : " s=\"" + stijl + "\"") + "><v>" + v + "</v></c>";
    }

    /** An incidenten sheet whose one data row has {@code datum} in C2 and {@code aantal} in E2. */
    private static Geval.Inhoud incident(Object datum, Object aantal) {
        return p -> new TestWerkmap().blad("Incidenten", rij(1, KOP), rij(2, "V-1", "Directie Vijandig", datum, "g", aantal))
                .schrijf(p);
    }

    private static Geval af(String soort, String naam, Geval.Inhoud inhoud, BevindingCode code, Long regel, String kolom) {
        return new Geval(soort, AFGEKEURD_MAP, naam, inhoud, AFGEKEURD, code, regel, kolom);
    }

    private static Geval ok(String soort, String naam, Geval.Inhoud inhoud) {
        return new Geval(soort, GEACCEPTEERD_MAP, naam, inhoud, GEACCEPTEERD, null, null, null);
    }

    static List<Geval> gevallen() {
        List<Geval> g = new ArrayList<>();
        g.add(af("werkmap: zaaknummer van 20 cijfers in een datumcel", "datum-20-cijfers.xlsx",
                incident(getal("12345678901234567890", 1), 1), WAARDE_ONGELDIG, 2L, "Datum melding"));
        g.add(af("werkmap: getal 1E+999999999", "exponent-groot.xlsx", incident("2024-02-01", getal("1E+999999999", 0)),
                WAARDE_ONGELDIG, 2L, "Aantal betrokkenen"));
        g.add(af("werkmap: getal 1E-2000000000 in een datumcel", "exponent-klein.xlsx",
                incident(getal("1E-2000000000", 1), 1), WAARDE_ONGELDIG, 2L, "Datum melding"));
        g.add(af("werkmap: getal 1E+100000000", "exponent-honderd-miljoen.xlsx",
                incident("2024-02-01", getal("1E+100000000", 0)), WAARDE_ONGELDIG, 2L, "Aantal betrokkenen"));
        g.add(af("werkmap: 300 cellen 1E+99998", "exponent-300-cellen.xlsx", p -> {
            List<String> rijen = new ArrayList<>(List.of(rij(1, KOP)));
            for (int r = 2; r <= 301; r++) {
                rijen.add(rij(r, "V-" + r, "Directie Vijandig", "2024-02-01", "g", getal("1E+99998", 0)));
            }
            new TestWerkmap().blad("Incidenten", rijen.toArray(String[]::new)).schrijf(p);
        }, WAARDE_ONGELDIG, 301L, "Aantal betrokkenen"));
        g.add(af("werkmap: getal van 41 cijfers", "41-cijfers.xlsx",
                incident("2024-02-01", getal("12345678901234567890123456789012345678901", 0)), WAARDE_ONGELDIG, 2L,
                "Aantal betrokkenen"));
        g.add(af("werkmap: getal van 1.000.000 cijfers", "miljoen-cijfers.xlsx",
                incident("2024-02-01", getal("7".repeat(1_000_000), 0)), LIMIET_OVERSCHREDEN, 0L, null));
        g.add(af("werkmap: geen getal (NaN)", "nan.xlsx", incident("2024-02-01", getal("NaN", 0)), WAARDE_ONGELDIG, 2L,
                "Aantal betrokkenen"));
        g.add(af("werkmap: datumnummer na 31-12-9999", "datum-na-9999.xlsx", incident(getal("2958466", 1), 1),
                WAARDE_ONGELDIG, 2L, "Datum melding"));
        g.add(af("werkmap: negatief datumnummer", "datum-negatief.xlsx", incident(getal("-45352", 1), 1), WAARDE_ONGELDIG, 2L,
                "Datum melding"));
        g.add(af("werkmap: datumsysteem 1904, datumnummer -1", "datum-1904-negatief.xlsx",
                p -> new TestWerkmap().datum1904().blad("Incidenten", rij(1, KOP),
                        rij(2, "V-1", "Directie Vijandig", getal("-1", 1), "g", 1)).schrijf(p),
                WAARDE_ONGELDIG, 2L, "Datum melding"));
        g.add(af("werkmap: 2,125 medewerkers als getal", "medewerkers-decimalen.xlsx",
                p -> new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL), rij(2, "Directie Vijandig", 2.125, 1)).schrijf(p),
                WAARDE_ONGELDIG, 2L, "Aantal medewerkers"));
        g.add(af("werkmap: rij 2.000.000 (voorbij de laatste rij van Excel)", "rij-2000000.xlsx",
                p -> new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL), rij(2, "Directie Vijandig", 10, 1),
                        rij(2_000_000, "Verstopt", 9000, 1)).schrijf(p), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: cel voorbij kolom XFD", "kolom-xfe.xlsx", p -> new TestWerkmap().blad("Personeel",
                rij(1, KOP_PERSONEEL), rij(2, "Directie Vijandig", 10, 1, "<c r=\"XFE2\"><v>9</v></c>")).schrijf(p),
                BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: celverwijzing AAAA2", "verwijzing-aaaa2.xlsx", p -> new TestWerkmap().blad("Personeel",
                rij(1, KOP_PERSONEEL), "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Directie Vijandig</t></is></c>"
                        + "<c r=\"B2\"><v>10</v></c><c r=\"AAAA2\"><v>1</v></c></row>").schrijf(p), BESTAND_ONLEESBAAR, 0L, null));
        g.add(af("werkmap: verwijzing naar een gedeelde tekst die er niet is", "gedeeld-ontbreekt.xlsx",
                incident("2024-02-01", "<c r=\"@\" t=\"s\"><v>99999999</v></c>"), WAARDE_ONGELDIG, 2L, "Aantal betrokkenen"));
        g.add(af("csv: getal van 50.000 cijfers", "cijfers-50000.csv", p -> Files.writeString(p,
                "onderdeel;categorie;aantal_betrokkenen\nDirectie Vijandig;g;" + "9".repeat(50_000) + "\n"),
                WAARDE_ONGELDIG, 2L, "aantal_betrokkenen"));

        g.add(ok("werkmap: datumsysteem 1904", "datum-1904.xlsx", p -> new TestWerkmap().datum1904().blad("Incidenten",
                rij(1, KOP), rij(2, "V-1904", "Directie 1904", getal("44620", 1), "g", 1)).schrijf(p))); // 2026-03-01: 46082 in the 1900 system, less 1462 days
        g.add(ok("werkmap: zaaknummer van 20 cijfers en 1E+999999999 op het toelichtingsblad", "toelichting-getallen.xlsx",
                p -> new TestWerkmap().blad("Toelichting", rij(1, "Voorbeeld:", getal("12345678901234567890", 1),
                        getal("1E+999999999", 0))).blad("Personeel", rij(1, KOP_PERSONEEL),
                        rij(2, "Directie Toelichting", 120, 4)).schrijf(p)));
        g.add(ok("werkmap: getal met exponent 1.2E+3", "exponent-normaal.xlsx", p -> new TestWerkmap().blad("Personeel",
                rij(1, KOP_PERSONEEL), rij(2, "Directie Exponent", getal("1.2E+3", 0), getal("4E0", 0))).schrijf(p)));
        return g;
    }

    @BeforeAll
    static void tweeRuns() throws Exception {
        metVijandig = tmp.resolve("met");
        zonder = tmp.resolve("zonder");
        kopieer(Path.of("input"), metVijandig.resolve("input"));
        kopieer(Path.of("input"), zonder.resolve("input"));
        for (Geval g : gevallen()) {
            Path pad = metVijandig.resolve("input").resolve(g.map()).resolve(g.bestandsnaam());
            Files.createDirectories(pad.getParent());
            g.inhoud().schrijf(pad);
        }
        // every count published as it is: the comparison is of the figures themselves, not of which cells are hidden
        uitvoer = Pijplijn.run(metVijandig, "--jbr.onthulling.drempel", "1");
        Pijplijn.run(zonder, "--jbr.onthulling.drempel", "1");
        leesGrootboek(metVijandig);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("gevallen")
    void elkeSoortKrijgtZijnUitkomstMetEenNederlandseBevinding(Geval g) {
        String sleutel = g.weergave();
        assertThat(status).as("in the ledger: " + sleutel).containsKey(sleutel);
        List<Bevinding> lijst = bevindingen.getOrDefault(sleutel, List.of());
        lijst.forEach(f -> assertThat(f.melding()).as(sleutel).isNotBlank().doesNotContain("Exception")
                .doesNotContain("java.").doesNotContain("BigInteger").doesNotContain("nl.jbr"));
        if (g.uitkomst() == AFGEKEURD) {
            assertThat(status.get(sleutel)).as(lijst.toString()).isEqualTo("afgekeurd");
            assertThat(lijst).as(sleutel).anySatisfy(f -> {
                assertThat(f.ernst()).isEqualTo("fout");
                assertThat(f.code()).isEqualTo(g.code().name());
                assertThat(f.regel()).isEqualTo(g.regel());
                if (g.kolom() != null) {
                    assertThat(f.kolom()).isEqualTo(g.kolom());
                }
            });
        } else {
            assertThat(status.get(sleutel)).as(lijst.toString()).isEqualTo("geaccepteerd");
            assertThat(lijst).as(sleutel).isEmpty();
        }
    }

    @Test
    void deRunSlaagtEnHetVoorbeeldHoudtZijnCijfers() throws IOException {
        assertThat(uitvoer).contains("afgekeurd");
        Map<String, String> met = tabellen(metVijandig);
        Map<String, String> zonderTabellen = tabellen(zonder);
        assertThat(zonderTabellen).hasSizeGreaterThan(6 * 10);
        assertThat(met).isEqualTo(zonderTabellen);
        // the accepted kinds were published in their own year: 1904 date, the exponent (1.2E+3 = 1200 staff)
        assertThat(Files.readString(metVijandig.resolve("output/openbaar/2026/rijk/nevenwerkzaamheden_per_onderdeel.csv")))
                .contains("BZK,Directie Exponent,1200,4,").contains("BZK,Directie Toelichting,120,4,");
        System.out.println("VIJANDIG werkmap kinds=" + gevallen().size() + " ("
                + gevallen().stream().filter(g -> g.uitkomst() == AFGEKEURD).count() + " afgekeurd); tables compared="
                + met.size());
        gevallen().forEach(g -> System.out.println("VIJANDIG werkmap kind: " + g.soort() + " -> "
                + g.uitkomst().name().toLowerCase() + (g.code() == null ? "" : " " + g.code())));
    }

    // ---------------------------------------------------------------- helpers

    /** The published tables of the example's years, {@code <jaar>/rijk/<tabel>.csv} to content. */
    private static Map<String, String> tabellen(Path root) throws IOException {
        Map<String, String> tabellen = new TreeMap<>();
        for (int jaar : JAREN) {
            Path rijk = root.resolve("output/openbaar/" + jaar + "/rijk");
            try (Stream<Path> s = Files.list(rijk)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".csv")).toList()) {
                    tabellen.put(jaar + "/rijk/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return tabellen;
    }

    private static void leesGrootboek(Path root) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + root.resolve("data/warehouse.duckdb"))) {
            Map<Long, String> namen = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT ministerie, jaar, bestandsnaam, versie_id, status "
                    + "FROM bestandsversie ORDER BY versie"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String sleutel = rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3);
                    status.put(sleutel, rs.getString(5));
                    namen.put(rs.getLong(4), sleutel);
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT versie_id, coalesce(regel, 0), kolom, ernst, code, melding "
                    + "FROM bevinding ORDER BY versie_id, volgnr"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bevindingen.computeIfAbsent(namen.get(rs.getLong(1)), k -> new ArrayList<>()).add(new Bevinding(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
    }

    private static void kopieer(Path van, Path naar) throws IOException {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : s.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        }
    }
}
