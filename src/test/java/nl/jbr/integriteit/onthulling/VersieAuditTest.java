package nl.jbr.integriteit.onthulling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.onthulling.Publicatieversies.Geschiedenis;
import nl.jbr.integriteit.onthulling.Publicatieversies.Versie;
import nl.jbr.integriteit.onthulling.Publicatieversies.VersieCel;
import nl.jbr.integriteit.onthulling.Publicatieversies.VersieTerm;

/**
 * The audit across versions on a table small enough to follow by hand. Ministry A: x = 2 (below the threshold 3),
 * y = 4, total t = x + y = 6 published; version 1 hid x and y. Ministry B has one cell z, and only B's file changed for
 * version 2 (z 5 -> 8). A's cells are therefore the same numbers in both versions.
 */
class VersieAuditTest {

    static final int DREMPEL = 3;
    final VersieAudit audit = new VersieAudit(new IntervalAudit());

    static Map<String, VersieCel> cellen(long z, boolean xVerborgen, boolean yVerborgen) {
        Map<String, VersieCel> c = new LinkedHashMap<>();
        c.put("A|x", new VersieCel("A|x", "A", 2, 0, Celsoort.BINNEN, xVerborgen, true));
        c.put("A|y", new VersieCel("A|y", "A", 4, 0, Celsoort.BINNEN, yVerborgen, false));
        c.put("A|t", new VersieCel("A|t", "A", 6, 0, Celsoort.MINISTERIE_TOTAAL, false, false));
        c.put("B|z", new VersieCel("B|z", "B", z, 0, Celsoort.MINISTERIE_TOTAAL, false, false));
        return c;
    }

    static List<VersieTerm> termen() {
        return List.of(new VersieTerm("t", true, "A|t", 1), new VersieTerm("t", true, "A|x", -1),
                new VersieTerm("t", true, "A|y", -1));
    }

    /** Version 1 as published: x and y hidden; B's input was 'b1'. */
    static Geschiedenis geschiedenis() {
        Versie v1 = new Versie(2025, 1, cellen(5, true, true), termen(),
                Map.of("A", Set.of("incidenten|a1"), "B", Set.of("incidenten|b1")));
        return new Geschiedenis(List.of(v1), Map.of("A", Set.of("incidenten|a1"), "B", Set.of("incidenten|b2")));
    }

    /** The new version: B's z is 8; which of A's cells it hides is up to the test. */
    static Celmodel nieuw() {
        return new Celmodel.Builder(2025).cel("A|x", 2, 0, Celsoort.BINNEN).cel("A|y", 4, 0, Celsoort.BINNEN)
                .cel("A|t", 6, 0, Celsoort.MINISTERIE_TOTAAL).cel("B|z", 8, 0, Celsoort.MINISTERIE_TOTAAL)
                .term("t", true, "A|t", 1).term("t", true, "A|x", -1).term("t", true, "A|y", -1).build();
    }

    static BitSet bits(int... i) {
        BitSet b = new BitSet();
        for (int j : i) {
            b.set(j);
        }
        return b;
    }

    @Test
    void eenEerderVerborgenCelDieNuGetoondWordtVerraadtHaarOudeWaarde() {
        // the new version shows y = 4: A did not change, so version 1's y is 4 and its x = 6 - 4 = 2, exactly
        Optional<Onderdrukking> o = audit.controleer(nieuw(), bits(0), bits(0), geschiedenis(), DREMPEL, DREMPEL);
        assertThat(o).isPresent();
        assertThat(o.get().geslaagd()).isFalse();
        Interval x1 = o.get().intervallen().get(o.get().model().index("0:A|x"));
        assertThat(x1.min()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(x1.max()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void blijftZeVerborgenDanHoudtElkeVersieHaarInterval() {
        // x and y stay hidden: in both versions x + y = 6, so x lies in [0, 6] (width 6 >= 3)
        Optional<Onderdrukking> o = audit.controleer(nieuw(), bits(0), bits(0, 1), geschiedenis(), DREMPEL, DREMPEL);
        assertThat(o).isPresent();
        assertThat(o.get().geslaagd()).isTrue();
        Interval x1 = o.get().intervallen().get(o.get().model().index("0:A|x"));
        assertThat(x1.min()).isEqualTo(0.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(x1.max()).isEqualTo(6.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void eenVersieDieNietsNieuwsToontWordtNietGecontroleerd() {
        Geschiedenis zelfde = new Geschiedenis(List.of(new Versie(2025, 1, cellen(8, true, true), termen(), Map.of())), Map.of());
        assertThat(audit.controleer(nieuw(), bits(0), bits(0, 1), zelfde, DREMPEL, DREMPEL)).isEmpty();
        assertThat(audit.controleer(nieuw(), bits(0), bits(0, 1), Geschiedenis.GEEN, DREMPEL, DREMPEL)).isEmpty();
    }

    @Test
    void watEenEerdereVersieVerborgHoudtDePlannerVerborgen() {
        BitSet vast = VersieAudit.eerderVerborgen(nieuw(), geschiedenis());
        assertThat(vast).isEqualTo(bits(0, 1));
        // x = 2 alone would be protected by y; y is hidden because version 1 hid it, whatever its value
        BitSet plan = new SuppressionPlanner(new IntervalAudit()).plan(nieuw(), DREMPEL, vast);
        assertThat(plan).isEqualTo(bits(0, 1));
    }
}
