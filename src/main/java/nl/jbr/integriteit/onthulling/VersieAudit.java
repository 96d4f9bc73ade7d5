package nl.jbr.integriteit.onthulling;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.jbr.integriteit.onthulling.Publicatieversies.Geschiedenis;
import nl.jbr.integriteit.onthulling.Publicatieversies.Versie;
import nl.jbr.integriteit.onthulling.Publicatieversies.VersieCel;
import nl.jbr.integriteit.onthulling.Publicatieversies.VersieTerm;

/**
 * The audit across versions (contract 8): an attacker holds every version of a year that ever stood in
 * {@code openbaar/}, and knows which ministries' files changed between two versions. The audit builds one system of
 * all of them and the version about to be published: every version's cells (published ones as constants, hidden ones
 * as unknowns) with its own relations, and between two consecutive versions, per cell of a ministry,
 * <ul>
 *   <li>equality when the ministry's input did not change (its cells are the same numbers);</li>
 *   <li>otherwise {@code |new - old| <= marge}: the attacker may assume a correction is small (the margin is the
 *       configured one, or the true change where that is larger: a constraint that is false would not be an attack).</li>
 * </ul>
 * RIJK cells get no link of their own: they follow from the ministries through the relations. Every primary cell of
 * every version must keep an interval of at least the threshold ({@link IntervalAudit}). Versions that show nothing
 * the previous one did not are left out; nothing is audited when the new version shows nothing new.
 */
final class VersieAudit {

    private final IntervalAudit audit;

    VersieAudit(IntervalAudit audit) {
        this.audit = audit;
    }

    /**
     * The audit of all versions together, or empty when there is nothing to audit (no earlier version, or the new
     * one shows exactly what the latest did).
     */
    Optional<Onderdrukking> controleer(Celmodel huidig, BitSet primair, BitSet onderdrukt, Geschiedenis geschiedenis,
                                       int drempel, int marge) {
        List<Versie> versies = new ArrayList<>();
        for (Versie v : geschiedenis.versies()) {
            if (versies.isEmpty() || !versies.get(versies.size() - 1).zelfdeCellen(v.cellen())) {
                versies.add(v);
            }
        }
        Map<String, VersieCel> nu = new LinkedHashMap<>();
        for (int i = 0; i < huidig.grootte(); i++) {
            Cel c = huidig.cel(i);
            nu.put(c.id(), new VersieCel(c.id(), scope(c.id()), c.waarde(), c.ondergrens(), c.soort(), onderdrukt.get(i),
                    primair.get(i)));
        }
        if (versies.isEmpty() || versies.get(versies.size() - 1).zelfdeCellen(nu)) {
            return Optional.empty();
        }
        List<VersieTerm> termenNu = new ArrayList<>();
        for (Relatie r : huidig.relaties()) {
            for (int t = 0; t < r.cellen().length; t++) {
                termenNu.add(new VersieTerm(r.naam(), r.gelijk(), huidig.cel(r.cellen()[t]).id(), r.coefficienten()[t]));
            }
        }
        versies.add(new Versie(huidig.jaar(), 0, nu, termenNu, geschiedenis.invoerNu()));

        Celmodel.Builder builder = new Celmodel.Builder(huidig.jaar());
        BitSet verborgen = new BitSet();
        BitSet primairAlle = new BitSet();
        int n = 0;
        for (int k = 0; k < versies.size(); k++) {
            for (VersieCel c : versies.get(k).cellen().values()) {
                builder.cel(k + ":" + c.id(), c.waarde(), c.ondergrens(), c.soort());
                verborgen.set(n, c.verborgen());
                primairAlle.set(n, c.primair());
                n++;
            }
        }
        Set<Long> marges = new HashSet<>();
        for (int k = 0; k < versies.size(); k++) {
            for (VersieTerm t : versies.get(k).termen()) {
                builder.term(k + ":" + t.relatie(), t.gelijk(), k + ":" + t.cel(), t.coefficient());
            }
            if (k == 0) {
                continue;
            }
            Versie oud = versies.get(k - 1);
            Versie nieuw = versies.get(k);
            Set<String> gewijzigd = gewijzigdeScopes(oud, nieuw);
            for (VersieCel c : nieuw.cellen().values()) {
                VersieCel o = oud.cellen().get(c.id());
                if (o == null || "RIJK".equals(c.scope())) {
                    continue;
                }
                String a = (k - 1) + ":" + c.id();
                String b = k + ":" + c.id();
                String naam = "versie|" + k + "|" + c.id();
                if (!gewijzigd.contains(c.scope())) {
                    builder.term(naam, true, a, 1).term(naam, true, b, -1);
                } else {
                    long m = Math.max(marge, Math.abs(c.waarde() - o.waarde()));
                    String constante = "marge|" + m;
                    if (marges.add(m)) {
                        builder.cel(constante, m, m, Celsoort.RIJK_TOTAAL); // published: a constant
                        n++;
                    }
                    builder.term(naam + "|op", false, a, 1).term(naam + "|op", false, b, -1).term(naam + "|op", false, constante, -1);
                    builder.term(naam + "|neer", false, b, 1).term(naam + "|neer", false, a, -1).term(naam + "|neer", false, constante, -1);
                }
            }
        }
        Celmodel model = builder.build();
        return Optional.of(audit.controleer(model, primairAlle, verborgen, drempel));
    }

    /** The ministries whose input or whose cells differ between two versions. */
    private static Set<String> gewijzigdeScopes(Versie oud, Versie nieuw) {
        Set<String> scopes = new HashSet<>();
        Set<String> alle = new HashSet<>();
        oud.cellen().values().forEach(c -> alle.add(c.scope()));
        nieuw.cellen().values().forEach(c -> alle.add(c.scope()));
        for (String scope : alle) {
            if (Publicatieversies.invoerGewijzigd(scope, oud.invoer(), nieuw.invoer())) {
                scopes.add(scope);
            }
        }
        for (VersieCel c : nieuw.cellen().values()) {
            VersieCel o = oud.cellen().get(c.id());
            if (o == null || o.waarde() != c.waarde()) {
                scopes.add(c.scope());
            }
        }
        for (VersieCel o : oud.cellen().values()) {
            if (!nieuw.cellen().containsKey(o.id())) {
                scopes.add(o.scope());
            }
        }
        return scopes;
    }

    /** The scope of a logical cell: its id up to the first {@code |}. */
    static String scope(String id) {
        int streep = id.indexOf('|');
        return streep < 0 ? id : id.substring(0, streep);
    }

    /** The cells of {@code model} that any earlier version hid: they stay hidden (a cell once hidden is never shown). */
    static BitSet eerderVerborgen(Celmodel model, Geschiedenis geschiedenis) {
        BitSet vast = new BitSet();
        for (Versie v : geschiedenis.versies()) {
            for (VersieCel c : v.cellen().values()) {
                int i = c.verborgen() ? model.index(c.id()) : -1;
                if (i >= 0) {
                    vast.set(i);
                }
            }
        }
        return vast;
    }
}
