package nl.jbr.integriteit.onthulling;

import static nl.jbr.integriteit.onthulling.Aanvaller.RIJK;
import static nl.jbr.integriteit.onthulling.Aanvaller.X;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.onthulling.Aanvaller.Interval;
import nl.jbr.integriteit.onthulling.Aanvaller.Publicatie;
import nl.jbr.integriteit.onthulling.Aanvaller.Stelsel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 8, "the _vorig_jaar columns equal the previous year's cells": a category count of 2 protected in 2024 must
 * be x again as meldingen_vorig_jaar in 2025, and the attacker holding both years cannot narrow it.
 *
 * <p>The drop folder, written here: three ministries, one onderdeel each, every melding with 1 betrokkene, uitkomst
 * 'niet aangetoond', afdoening 'geen', onderzoek 'intern', and only categories a, g and h:
 *
 * <pre>
 *            2024: a   g   h | total      2025: a   g   h | total
 *   AZ             5   6   4 |  15              3   4   5 |  12
 *   BZK            2   7   5 |  14              6   3   4 |  13
 *   FIN            4   8   6 |  18              5   7   3 |  15
 *   RIJK          11  21  15 |  47             14  14  12 |  40
 * </pre>
 *
 * The only unsafe count is BZK 2024 a = 2 (1 &lt;= n &lt; 3); 2025 has no count below 3, so every x in 2025 comes from
 * 2024 through the _vorig_jaar column.
 */
@Tag("traag")
class VorigJaarTest {

    static final String A = "Financiële schendingen";
    static final String G = "Ongewenste omgangsvormen";
    static final String H = "Misbruik bedrijfsmiddelen en overtreding interne regels";

    @TempDir
    Path root;

    @Test
    void eenBeschermdeCelVan2024BlijftXAlsMeldingenVorigJaarIn2025() throws IOException {
        schrijf("AZ", 2024, 5, 6, 4);
        schrijf("BZK", 2024, 2, 7, 5);
        schrijf("FIN", 2024, 4, 8, 6);
        schrijf("AZ", 2025, 3, 4, 5);
        schrijf("BZK", 2025, 6, 3, 4);
        schrijf("FIN", 2025, 5, 7, 3);
        Pijplijn.run(root);
        Publicatie p = Aanvaller.lees(root.resolve("output/openbaar"));
        assertThat(p.jaren()).containsExactly(2024, 2025);

        // the figures came through as constructed (the rijksbrede column a and the totals are published)
        assertThat(cel(p, 2024, RIJK, "a", "meldingen")).isEqualTo("11");
        assertThat(cel(p, 2025, RIJK, "a", "meldingen_vorig_jaar")).isEqualTo("11");
        assertThat(rijMpm(p, 2024, "BZK").get("meldingen")).isEqualTo("14");

        // the primary cell, in every place it is published
        assertThat(cel(p, 2024, "BZK", "a", "meldingen")).isEqualTo(X);
        assertThat(cel(p, 2025, "BZK", "a", "meldingen_vorig_jaar")).as("2025 BZK a meldingen_vorig_jaar").isEqualTo(X);
        assertThat(p.tabel(2024, RIJK, "categorie_per_ministerie").rijen().stream()
                .filter(r -> r.get("ministerie_code").equals("BZK")).findFirst().orElseThrow().get("a")).isEqualTo(X);

        // every 2024 cell published as x is x again in 2025's _vorig_jaar, and vice versa
        List<String> verschil = new ArrayList<>();
        for (String s : List.of("AZ", "BZK", "FIN", RIJK)) {
            for (String c : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i")) {
                String in2024 = cel(p, 2024, s, c, "meldingen");
                String in2025 = cel(p, 2025, s, c, "meldingen_vorig_jaar");
                if (!in2024.equals(in2025)) {
                    verschil.add(s + " " + c + ": 2024 " + in2024 + ", 2025 vorig jaar " + in2025);
                }
            }
            if (!RIJK.equals(s) && !rijMpm(p, 2024, s).get("meldingen").equals(rijMpm(p, 2025, s).get("meldingen_vorig_jaar"))) {
                verschil.add(s + " meldingen 2024 vs vorig jaar 2025");
            }
        }
        assertThat(verschil).isEmpty();

        // 2025 itself has nothing to protect: its own counts are all published
        for (String s : List.of("AZ", "BZK", "FIN", RIJK)) {
            for (var r : p.tabel(2025, s, "meldingen_per_categorie").rijen()) {
                assertThat(r.get("meldingen")).as("2025 " + s + " " + r.get("categorie_code")).isNotEqualTo(X);
            }
        }

        // the attacker: every published table of both years
        List<String> conflicten = new ArrayList<>();
        Map<String, String> gepubliceerd = Aanvaller.cellen(Aanvaller.plaatsen(p), conflicten);
        assertThat(conflicten).isEmpty();
        Stelsel stelsel = new Stelsel(gepubliceerd, Aanvaller.relaties(p, gepubliceerd.keySet()));
        assertThat(stelsel.tegenspraak).isEmpty();
        Map<String, Interval> iv = new TreeMap<>();
        stelsel.onbekend.forEach(c -> iv.put(c, stelsel.interval(c)));
        iv.values().forEach(i -> System.out.println("VORIGJAAR " + i));
        Interval bzkA = iv.get(Aanvaller.c(2024, "BZK", "a"));
        assertThat(bzkA).as("BZK 2024 a is an unknown of the attacker").isNotNull();
        assertThat(bzkA.breedte()).as(bzkA.toString()).isGreaterThanOrEqualTo(3 - 1e-6);
        assertThat(bzkA.max()).as(bzkA.toString()).isGreaterThanOrEqualTo(3 - 1e-6);
        assertThat(bzkA.min()).isLessThanOrEqualTo(2 + 1e-6);
        for (Interval i : iv.values()) {
            assertThat(i.breedte()).as("contract 8, every protected cell: " + i).isGreaterThanOrEqualTo(3 - 1e-6);
        }

        /*
         * By hand. The pipeline hid (secondary) the smallest rectangle around BZK a: BZK a, BZK h, AZ a, AZ h
         * (asserted next; another valid pattern would need another computation). The attacker knows from the 2024
         * tables: BZK total 14 with g = 7 published, so BZK a + BZK h = 7; AZ total 15 with g = 6, so AZ a + AZ h = 9;
         * RIJK a = 11 with FIN a = 4, so BZK a + AZ a = 7; RIJK h = 15 with FIN h = 6, so BZK h + AZ h = 9. The code
         * lists, onderdelen and betrokkenen add nothing (each is the published total), nor does 2025: its
         * meldingen_vorig_jaar column repeats exactly these four cells as x and RIJK's 11 / 15. One degree of freedom
         * t: BZK a = 2 + t, BZK h = 5 - t, AZ a = 5 - t, AZ h = 4 + t. Non-negativity: BZK a >= 0 gives t >= -2,
         * AZ h >= 0 gives t >= -4, BZK h >= 0 and AZ a >= 0 give t <= 5. So t in [-2, 5]:
         * BZK a in [0, 7] (width 7 >= 3, max 7 >= 3: protected), BZK h in [0, 7], AZ a in [0, 7], AZ h in [2, 9].
         */
        assertThat(iv.keySet()).as("the 2024 pattern the hand computation assumes")
                .containsExactlyInAnyOrder(Aanvaller.c(2024, "BZK", "a"), Aanvaller.c(2024, "BZK", "h"),
                        Aanvaller.c(2024, "AZ", "a"), Aanvaller.c(2024, "AZ", "h"));
        assertInterval(iv, Aanvaller.c(2024, "BZK", "a"), 0, 7);
        assertInterval(iv, Aanvaller.c(2024, "BZK", "h"), 0, 7);
        assertInterval(iv, Aanvaller.c(2024, "AZ", "a"), 0, 7);
        assertInterval(iv, Aanvaller.c(2024, "AZ", "h"), 2, 9);
    }

    private static void assertInterval(Map<String, Interval> iv, String cel, double min, double max) {
        Interval i = iv.get(cel);
        assertThat(i.min()).as(i.toString()).isCloseTo(min, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(i.max()).as(i.toString()).isCloseTo(max, org.assertj.core.data.Offset.offset(1e-6));
    }

    // ------------------------------------------------------------------ helpers

    private void schrijf(String min, int jaar, int a, int g, int h) throws IOException {
        Path dir = root.resolve("input").resolve(min).resolve(Integer.toString(jaar));
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder("onderdeel,categorie,aantal_betrokkenen,soort_onderzoek,uitkomst,afdoening\n");
        int n = 0;
        for (Object[] ca : new Object[][] {{A, a}, {G, g}, {H, h}}) {
            for (int i = 0; i < (int) ca[1]; i++) {
                sb.append("Bestuursdepartement,\"").append(ca[0]).append("\",1,intern,niet aangetoond,geen\n");
                n++;
            }
        }
        assertThat(n).isEqualTo(a + g + h);
        Files.writeString(dir.resolve("incidenten.csv"), sb.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("personeel.csv"),
                "onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden\nBestuursdepartement,500,20\n", StandardCharsets.UTF_8);
    }

    private static String cel(Publicatie p, int jaar, String scope, String cat, String kolom) {
        return p.tabel(jaar, scope, "meldingen_per_categorie").rijen().stream().filter(r -> r.get("categorie_code").equals(cat))
                .findFirst().orElseThrow().get(kolom);
    }

    private static Map<String, String> rijMpm(Publicatie p, int jaar, String min) {
        return p.tabel(jaar, RIJK, "meldingen_per_ministerie").rijen().stream().filter(r -> r.get("ministerie_code").equals(min))
                .findFirst().orElseThrow();
    }
}
