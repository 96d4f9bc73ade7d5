package nl.jbr.integriteit.onthulling;

import static nl.jbr.integriteit.onthulling.Aanvaller.RIJK;
import static nl.jbr.integriteit.onthulling.Aanvaller.X;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;
import nl.jbr.integriteit.onthulling.Aanvaller.Interval;
import nl.jbr.integriteit.onthulling.Aanvaller.Op;
import nl.jbr.integriteit.onthulling.Aanvaller.Publicatie;
import nl.jbr.integriteit.onthulling.Aanvaller.Relatie;
import nl.jbr.integriteit.onthulling.Aanvaller.Stelsel;

/**
 * Protection across versions (contract 8, issue 21 item 4), tried by the independent attacker of {@link AanvallerTest}
 * (it reads only the published CSVs and knows nothing of the pipeline's classes): KGG corrects its 2025 file by one
 * melding in category b (published as x), and 2025 is published again. The attacker holds both public versions and
 * knows that only KGG's 2025 files changed: KGG's 2025 cells may have moved by at most the threshold, every other cell
 * is the same number in both. Every cell hidden in either version must keep an interval of at least the threshold,
 * with and without a vaststelling in between.
 */
@Tag("traag")
class VersiesAanvallerTest {

    static final int DREMPEL = 3;
    static final double EPS = 1e-6;
    static final String CORRECTIE = "INT-000007,Bestuursdepartement,2025-03-01,Integriteitsschending,"
            + "b.Misbruik positie en belangenverstrengeling,Overig,1,Intern,Aangetoond,Corrigerend gesprek,Nee,,,\r\n";

    @TempDir
    static Path tmp;

    /**
     * Also: the same corrected input published by a pipeline without memory of version 1 (a fresh data directory)
     * gives protected cells away to this attacker. That is the leak of issue 21, and it shows the attacker bites.
     */
    @Test
    void eenCorrectieVanEenMeldingVernauwtNietsOverDeVersiesHeen() throws IOException {
        Path v1 = aanval(false);
        Path vers = tmp.resolve("zonder-geheugen");
        Kopie.map(Path.of("input"), vers.resolve("input"));
        Files.writeString(vers.resolve("input/KGG/2025/KGG meldingen 2025.csv"), CORRECTIE, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Pijplijn.run(vers);
        List<String> teSmal = teSmal(v1, vers.resolve("output/openbaar"), "zonder-geheugen");
        assertThat(teSmal).as("without memory of version 1 the correction gives hidden cells away").isNotEmpty();
        System.out.println("VERSIES-AANVALLER kosten: x-cellen 2025 met geheugen=" + xCellen(tmp.resolve("zonder/output/openbaar"))
                + " zonder geheugen=" + xCellen(vers.resolve("output/openbaar")) + " versie 1=" + xCellen(v1));
    }

    @Test
    void ookNietMetEenVaststellingErtussen() throws IOException {
        aanval(true);
    }

    /** Published count cells of 2025 shown as x, and the non-zero count cells, rijksbreed and per ministry. */
    private static String xCellen(Path openbaar) throws IOException {
        Publicatie p = Aanvaller.lees(openbaar);
        long x = 0;
        long nietNul = 0;
        for (Aanvaller.Plaats plaats : Aanvaller.plaatsen(p)) {
            if (plaats.bestand().startsWith("2025/")) {
                if (X.equals(plaats.waarde())) {
                    x++;
                } else if (!"0".equals(plaats.waarde())) {
                    nietNul++;
                }
            }
        }
        return x + " van " + (x + nietNul);
    }

    /** Runs the example, publishes a one-melding correction of KGG 2025, attacks both versions; returns version 1. */
    private static Path aanval(boolean vaststellen) throws IOException {
        Path root = tmp.resolve(vaststellen ? "met" : "zonder");
        Kopie.map(Path.of("input"), root.resolve("input"));
        Pijplijn.run(root);
        if (vaststellen) {
            assertThat(vaststel(root).code()).isZero();
        }
        Path v1 = root.resolve("versie1");
        Kopie.map(root.resolve("output/openbaar"), v1);
        Path kgg = root.resolve("input/KGG/2025/KGG meldingen 2025.csv");
        assertThat(Files.readString(kgg, StandardCharsets.UTF_8)).doesNotContain("INT-000007");
        Files.writeString(kgg, CORRECTIE, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Pijplijn.run(root);
        if (vaststellen) {
            // frozen: the correction is not published until the year is revised
            assertThat(Files.readString(root.resolve("output/openbaar/2025/rijk/meldingen_per_ministerie.csv")))
                    .isEqualTo(Files.readString(v1.resolve("2025/rijk/meldingen_per_ministerie.csv")));
            assertThat(vaststel(root).code()).isZero();
        }
        List<String> teSmal = teSmal(v1, root.resolve("output/openbaar"), "vaststellen=" + vaststellen);
        assertThat(teSmal).as("hidden cells narrowed below the threshold by the two versions together").isEmpty();
        return v1;
    }

    /**
     * The attack on two public versions: the cells hidden in either whose interval, given both versions, is narrower
     * than the threshold. Also checks that a cell hidden in version 1 is hidden in version 2.
     */
    private static List<String> teSmal(Path v1, Path v2, String naam) throws IOException {
        Publicatie p1 = Aanvaller.lees(v1);
        Publicatie p2 = Aanvaller.lees(v2);
        List<String> conflicten = new ArrayList<>();
        Map<String, String> c1 = Aanvaller.cellen(Aanvaller.plaatsen(p1), conflicten);
        Map<String, String> c2 = Aanvaller.cellen(Aanvaller.plaatsen(p2), conflicten);
        assertThat(conflicten).isEmpty();
        // the correction is published: KGG 2025 has one melding more
        assertThat(Long.parseLong(c2.get("2025|M|KGG|meldingen"))).isEqualTo(Long.parseLong(c1.get("2025|M|KGG|meldingen")) + 1);

        // a cell hidden once stays hidden
        List<String> getoond = new ArrayList<>();
        c1.forEach((cel, w) -> {
            if (X.equals(w) && c2.containsKey(cel) && !X.equals(c2.get(cel))) {
                getoond.add(cel + " = " + c2.get(cel));
            }
        });
        System.out.println("VERSIES-AANVALLER " + naam + " getoond_na_verborgen=" + getoond.size());
        if (!naam.equals("zonder-geheugen")) {
            assertThat(getoond).as("cells hidden in version 1 and shown in version 2").isEmpty();
        }

        Map<String, String> alle = new LinkedHashMap<>();
        c1.forEach((k, v) -> alle.put("1:" + k, v));
        c2.forEach((k, v) -> alle.put("2:" + k, v));
        List<Relatie> relaties = new ArrayList<>();
        relaties.addAll(hernoem("1:", Aanvaller.relaties(p1, c1.keySet())));
        relaties.addAll(hernoem("2:", Aanvaller.relaties(p2, c2.keySet())));
        int gelijk = 0;
        int marge = 0;
        for (String cel : c1.keySet()) {
            if (!c2.containsKey(cel)) {
                continue;
            }
            String[] d = cel.split("\\|");
            if (RIJK.equals(d[2])) {
                continue; // follows from the ministries
            }
            if ("2025".equals(d[0]) && "KGG".equals(d[2])) {
                // the attacker may assume the correction is small: |new - old| <= threshold
                relaties.add(new Relatie("op " + cel, Map.of("2:" + cel, 1, "1:" + cel, -1), Op.LE, DREMPEL));
                relaties.add(new Relatie("neer " + cel, Map.of("1:" + cel, 1, "2:" + cel, -1), Op.LE, DREMPEL));
                marge++;
            } else {
                relaties.add(new Relatie("zelfde " + cel, Map.of("1:" + cel, 1, "2:" + cel, -1), Op.EQ, 0));
                gelijk++;
            }
        }
        Stelsel stelsel = new Stelsel(alle, relaties);
        assertThat(stelsel.tegenspraak).isEmpty();
        List<String> teSmal = new ArrayList<>();
        Map<String, Interval> intervallen = new TreeMap<>();
        for (String cel : stelsel.onbekend) {
            Interval iv = stelsel.interval(cel);
            intervallen.put(cel, iv);
            if (iv.breedte() < DREMPEL - EPS || iv.max() < DREMPEL - EPS) {
                teSmal.add(iv.toString());
            }
        }
        System.out.println("VERSIES-AANVALLER " + naam + " verborgen=" + intervallen.size()
                + " gelijk=" + gelijk + " marge=" + marge + " te_smal=" + teSmal.size()
                + " kgg_b_v1=" + intervallen.get("1:2025|C|KGG|b") + " kgg_b_v2=" + intervallen.get("2:2025|C|KGG|b"));
        teSmal.forEach(t -> System.out.println("VERSIES-AANVALLER " + naam + " te smal " + t));
        assertThat(intervallen).containsKey("1:2025|C|KGG|b");
        return teSmal;
    }

    private static Pijplijn.Uitvoer vaststel(Path root) {
        return Pijplijn.start("vaststellen", "--jaar", "2025", "--output", root.resolve("output").toString(), "--data",
                root.resolve("data").toString());
    }

    private static List<Relatie> hernoem(String prefix, List<Relatie> relaties) {
        List<Relatie> uit = new ArrayList<>();
        for (Relatie r : relaties) {
            Map<String, Integer> term = new LinkedHashMap<>();
            r.term().forEach((k, v) -> term.put(prefix + k, v));
            uit.add(new Relatie(prefix + r.naam(), term, r.op(), r.rhs()));
        }
        return uit;
    }
}
