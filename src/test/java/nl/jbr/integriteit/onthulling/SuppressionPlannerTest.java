package nl.jbr.integriteit.onthulling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed linked tables: which cells are hidden, and the interval an attacker who holds every published
 * cell and relation can compute for each protected cell (worked out by hand in each test, then checked with
 * the LP solver). Threshold 3 throughout: 1 and 2 are unsafe, 0 is safe.
 */
class SuppressionPlannerTest {

    private static final int DREMPEL = 3;

    private final IntervalAudit audit = new IntervalAudit();
    private final SuppressionPlanner planner = new SuppressionPlanner(audit);

    @Test
    void eenOnveiligeCelInEenTabelVanTweeBijDrieKrijgtEenRechthoekVanVierCellen() {
        //        c0  c1  c2 | tot
        //   M0    1   5   7 |  13
        //   M1    6   4   9 |  19
        //   RIJK  7   9  16 |  32
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{1, 5, 7}, {6, 4, 9}});
        BitSet onderdrukt = planner.plan(model, DREMPEL);

        // The cheapest rectangle through M0|c0 uses column c1 (5 and 4 are smaller than 7 and 9).
        assertThat(namen(model, onderdrukt)).containsExactlyInAnyOrder(
                Tabellen.cel(0, 0), Tabellen.cel(0, 1), Tabellen.cel(1, 0), Tabellen.cel(1, 1));
        // Attacker: with t = M0|c0, rows and columns give M0|c1 = 6 - t, M1|c0 = 7 - t, M1|c1 = 3 + t,
        // all >= 0, so t lies in [0, 6]: six values wide, reaching 6.
        assertInterval(model, onderdrukt, Tabellen.cel(0, 0), 0, 6);
        assertThat(audit.controleer(model, SuppressionPlanner.primair(model, DREMPEL), onderdrukt, DREMPEL).geslaagd()).isTrue();
    }

    @Test
    void zonderSecundaireCellenIsDeOnveiligeCelTerugTeRekenen() {
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{1, 5, 7}, {6, 4, 9}});
        BitSet alleenPrimair = SuppressionPlanner.primair(model, DREMPEL);
        // 13 - 5 - 7 = 1: the row total gives it away exactly.
        assertInterval(model, alleenPrimair, Tabellen.cel(0, 0), 1, 1);
        assertThat(audit.controleer(model, alleenPrimair, alleenPrimair, DREMPEL).geslaagd()).isFalse();
    }

    @Test
    void tweeOnveiligeCellenInEenRij() {
        //        c0  c1  c2 | tot
        //   M0    1   2   9 |  12
        //   M1    6   4   8 |  18
        //   RIJK  7   6  17 |  30
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{1, 2, 9}, {6, 4, 8}});
        BitSet onderdrukt = planner.plan(model, DREMPEL);

        // Hiding only the two leaves M0|c0 = 7 - 6 = 1 (its column): M1's cells under them must go too.
        assertThat(namen(model, onderdrukt)).containsExactlyInAnyOrder(
                Tabellen.cel(0, 0), Tabellen.cel(0, 1), Tabellen.cel(1, 0), Tabellen.cel(1, 1));
        // t = M0|c0: M0|c1 = 3 - t, M1|c0 = 7 - t, M1|c1 = 3 + t; all >= 0 gives t in [0, 3] and so M0|c1 in [0, 3].
        assertInterval(model, onderdrukt, Tabellen.cel(0, 0), 0, 3);
        assertInterval(model, onderdrukt, Tabellen.cel(0, 1), 0, 3);
    }

    @Test
    void eenMinisterieMetEenTotaalVanTweeKostEenAnderTotaalMaarNooitHetRijkstotaal() {
        //        c0  c1  c2 | tot
        //   M0    1   1   0 |   2   <- the whole ministry is unsafe
        //   M1    3   4   3 |  10
        //   M2    8   6   6 |  20
        //   RIJK 12  11   9 |  32
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{1, 1, 0}, {3, 4, 3}, {8, 6, 6}});
        BitSet onderdrukt = planner.plan(model, DREMPEL);

        // RIJK's 32 stays, so M0's total can only move if another total moves against it: M1's, the smaller.
        assertThat(namen(model, onderdrukt)).contains(Tabellen.totaal(0), Tabellen.totaal(1))
                .doesNotContain("RIJK|meldingen", Tabellen.totaal(2));
        Onderdrukking o = audit.controleer(model, SuppressionPlanner.primair(model, DREMPEL), onderdrukt, DREMPEL);
        assertThat(o.geslaagd()).isTrue();
        // M0 + M1 = 32 - 20 = 12 and M1 >= 0, M0 >= 0: the most the attacker can say of M0's total is [0, 12]
        // unless M1's published cells bound it; whatever the pattern, it must be at least 3 wide and reach 3.
        Interval totaal = audit.interval(model, onderdrukt, model.index(Tabellen.totaal(0)));
        assertThat(totaal.min()).isCloseTo(0, within(1e-6));
        assertThat(totaal.max()).isGreaterThanOrEqualTo(3 - 1e-6).isLessThanOrEqualTo(12 + 1e-6);
    }

    @Test
    void eenCategorieVanEenMinisterieWaarvanHetRijkstotaalEnDeAndereMinisteriesGepubliceerdZijn() {
        // M0 has 2 in c0; RIJK c0 = 2 + 5 + 6 = 13 and M1, M2 publish theirs: 13 - 5 - 6 = 2 gives it away,
        // so at least one other ministry's c0 must be hidden as well.
        //        c0  c1 | tot
        //   M0    2  10 |  12
        //   M1    5  20 |  25
        //   M2    6  30 |  36
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{2, 10}, {5, 20}, {6, 30}});
        BitSet onderdrukt = planner.plan(model, DREMPEL);

        assertThat(namen(model, onderdrukt)).containsExactlyInAnyOrder(
                Tabellen.cel(0, 0), Tabellen.cel(0, 1), Tabellen.cel(1, 0), Tabellen.cel(1, 1));
        // t = M0|c0: M0|c1 = 12 - t, M1|c0 = 7 - t, M1|c1 = 18 + t; t in [0, 7].
        assertInterval(model, onderdrukt, Tabellen.cel(0, 0), 0, 7);
    }

    @Test
    void eenTabelZonderOnveiligeCellenBlijftHeel() {
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{3, 0}, {4, 9}});
        assertThat(planner.plan(model, DREMPEL).isEmpty()).isTrue();
    }

    @Test
    void tweeBijTweeMetEenOnveiligeCelVerbergtPreciesDeVierBinnencellen() {
        //   M0  1  8 |  9
        //   M1  5  7 | 12
        Celmodel model = Tabellen.ministeriesMaalCategorieen(new long[][] {{1, 8}, {5, 7}});
        BitSet onderdrukt = planner.plan(model, DREMPEL);
        // No total is needed: the four inner cells form the only rectangle, and no safe cell beyond them is hidden.
        assertThat(namen(model, onderdrukt)).containsExactlyInAnyOrder(
                Tabellen.cel(0, 0), Tabellen.cel(0, 1), Tabellen.cel(1, 0), Tabellen.cel(1, 1));
        // t = M0|c0: M0|c1 = 9 - t, M1|c0 = 6 - t, M1|c1 = 6 + t; t in [0, 6].
        assertInterval(model, onderdrukt, Tabellen.cel(0, 0), 0, 6);
    }

    @Test
    void eigenschapWillekeurigeGekoppeldeTabellenDoorstaanAlleDeAudit() {
        Random random = new Random(20261127L);
        int tabellen = 0;
        int primair = 0;
        for (int n = 0; n < 60; n++) {
            int rijen = 2 + random.nextInt(4);
            int kolommen = 2 + random.nextInt(5);
            long[][] waarden = new long[rijen][kolommen];
            for (long[] rij : waarden) {
                for (int j = 0; j < kolommen; j++) {
                    // mostly small counts, some zeros, some larger
                    int r = random.nextInt(10);
                    rij[j] = r < 2 ? 0 : r < 6 ? 1 + random.nextInt(3) : 3 + random.nextInt(40);
                }
            }
            Celmodel model = Tabellen.ministeriesMaalCategorieen(waarden);
            BitSet onderdrukt = planner.plan(model, DREMPEL);
            BitSet primaireCellen = SuppressionPlanner.primair(model, DREMPEL);
            Onderdrukking o = audit.controleer(model, primaireCellen, onderdrukt, DREMPEL);
            // every generated table passes its audit; RIJK's total is hidden only when it is itself unsafe
            assertThat(o.geslaagd()).as("table %d: %s", n, java.util.Arrays.deepToString(waarden)).isTrue();
            assertThat(onderdrukt.get(model.index("RIJK|meldingen"))).isEqualTo(primaireCellen.get(model.index("RIJK|meldingen")));
            // deterministic: the same table gives the same pattern
            assertThat(planner.plan(model, DREMPEL)).isEqualTo(onderdrukt);
            tabellen++;
            primair += primaireCellen.cardinality();
        }
        System.out.println("ONTHULLING eigenschap tabellen=" + tabellen + " primair=" + primair);
    }

    private void assertInterval(Celmodel model, BitSet onderdrukt, String cel, double min, double max) {
        Interval interval = audit.interval(model, onderdrukt, model.index(cel));
        assertThat(interval.min()).as(cel + " min").isCloseTo(min, within(1e-6));
        assertThat(interval.max()).as(cel + " max").isCloseTo(max, within(1e-6));
    }

    private static List<String> namen(Celmodel model, BitSet cellen) {
        return cellen.stream().mapToObj(i -> model.cel(i).id()).collect(Collectors.toList());
    }
}
