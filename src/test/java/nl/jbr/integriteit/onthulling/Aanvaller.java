package nl.jbr.integriteit.onthulling;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * An attacker holding every published CSV of every year (and nothing else): reads the files, maps every published
 * count cell to a logical cell, writes down the relations of contract section 8 between them, and computes by linear
 * programming the interval [min, max] of every {@code x} cell. Deliberately independent of the main disclosure
 * package: everything here is derived from the published files and the contract.
 */
final class Aanvaller {

    static final List<String> CODELIJSTEN = List.of("soort_incident", "soort_onderzoek", "uitkomst", "afdoening");
    static final List<String> MINISTERIE_AANTALLEN = List.of("meldingen", "betrokkenen", "aangetoond");
    static final List<String> CATEGORIEEN = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    static final String RIJK = "RIJK";
    static final String X = "x";

    private Aanvaller() {
    }

    // ------------------------------------------------------------------ reading

    /** One published CSV: its header and rows (column name to text). */
    record Tabel(List<String> kop, List<Map<String, String>> rijen) {
    }

    /** Every published CSV under {@code output}, keyed by its path relative to {@code output} ("2024/rijk/x.csv"). */
    record Publicatie(Map<String, Tabel> bestanden, List<Integer> jaren) {

        Tabel tabel(int jaar, String scope, String id) {
            return bestanden.get(pad(jaar, scope, id));
        }

        static String pad(int jaar, String scope, String id) {
            return jaar + (RIJK.equals(scope) ? "/rijk/" : "/ministeries/" + scope + "/") + id + ".csv";
        }
    }

    static Publicatie lees(Path output) throws IOException {
        Map<String, Tabel> bestanden = new TreeMap<>();
        List<Integer> jaren = new ArrayList<>();
        try (Stream<Path> s = Files.list(output)) {
            for (Path jaarDir : s.sorted().toList()) {
                if (!jaarDir.getFileName().toString().matches("\\d{4}")) {
                    continue;
                }
                jaren.add(Integer.parseInt(jaarDir.getFileName().toString()));
                try (Stream<Path> w = Files.walk(jaarDir)) {
                    for (Path f : w.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                        String rel = output.relativize(f).toString().replace('\\', '/');
                        if (rel.matches("\\d{4}/rijk/[^/]+\\.csv") || rel.matches("\\d{4}/ministeries/[^/]+/[^/]+\\.csv")) {
                            bestanden.put(rel, leesCsv(f));
                        }
                    }
                }
            }
        }
        return new Publicatie(bestanden, jaren);
    }

    static Tabel leesCsv(Path f) throws IOException {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<String> kop = List.copyOf(p.getHeaderNames());
            List<Map<String, String>> rijen = new ArrayList<>();
            for (CSVRecord rec : p) {
                Map<String, String> rij = new LinkedHashMap<>();
                for (String k : kop) {
                    rij.put(k, rec.get(k));
                }
                rijen.add(rij);
            }
            return new Tabel(kop, rijen);
        }
    }

    // ------------------------------------------------------------------ logical cells

    static String m(int j, String scope, String var) {
        return j + "|M|" + scope + "|" + var;
    }

    static String c(int j, String scope, String cat) {
        return j + "|C|" + scope + "|" + cat;
    }

    static String k(int j, String scope, String tabel, String waarde) {
        return j + "|K|" + scope + "|" + tabel + "|" + waarde;
    }

    static String o(int j, String ministerie, String onderdeel) {
        return j + "|O|" + ministerie + "|" + onderdeel;
    }

    /** One published count cell: where it is and which logical cell it shows. */
    record Plaats(String bestand, int rij, String kolom, String cel, String waarde) {
    }

    /** Every published count cell (non-empty), with its logical cell. */
    static List<Plaats> plaatsen(Publicatie p) {
        List<Plaats> uit = new ArrayList<>();
        Pattern pad = Pattern.compile("(\\d{4})/(?:rijk|ministeries/([^/]+))/([^/]+)\\.csv");
        for (var e : p.bestanden().entrySet()) {
            Matcher mt = pad.matcher(e.getKey());
            if (!mt.matches()) {
                throw new IllegalStateException(e.getKey());
            }
            int j = Integer.parseInt(mt.group(1));
            String scope = mt.group(2) == null ? RIJK : mt.group(2);
            String id = mt.group(3);
            List<Map<String, String>> rijen = e.getValue().rijen();
            for (int i = 0; i < rijen.size(); i++) {
                Map<String, String> r = rijen.get(i);
                List<String[]> cellen = new ArrayList<>(); // {kolom, cel}
                switch (id) {
                    case "meldingen_per_ministerie" -> {
                        String min = r.get("ministerie_code");
                        for (String v : MINISTERIE_AANTALLEN) {
                            cellen.add(new String[] {v, m(j, min, v)});
                        }
                        cellen.add(new String[] {"meldingen_vorig_jaar", m(j - 1, min, "meldingen")});
                    }
                    case "meldingen_per_categorie" -> {
                        cellen.add(new String[] {"meldingen", c(j, scope, r.get("categorie_code"))});
                        cellen.add(new String[] {"meldingen_vorig_jaar", c(j - 1, scope, r.get("categorie_code"))});
                    }
                    case "categorie_per_ministerie" -> {
                        String min = r.get("ministerie_code");
                        for (String cat : CATEGORIEEN) {
                            cellen.add(new String[] {cat, c(j, min, cat)});
                        }
                        cellen.add(new String[] {"totaal", m(j, min, "meldingen")});
                    }
                    case "soort_incident", "soort_onderzoek", "uitkomst", "afdoening" ->
                        cellen.add(new String[] {"meldingen", k(j, scope, id, r.get(id))});
                    case "meldingen_per_onderdeel" ->
                        cellen.add(new String[] {"meldingen", o(j, r.get("ministerie_code"), r.get("onderdeel"))});
                    default -> {
                        // not a protected count (nevenwerkzaamheden, overzicht_incidenten, ...)
                    }
                }
                for (String[] kc : cellen) {
                    String w = r.get(kc[0]);
                    if (w == null) {
                        throw new IllegalStateException(e.getKey() + " has no column " + kc[0]);
                    }
                    if (!w.isEmpty()) {
                        uit.add(new Plaats(e.getKey(), i, kc[0], kc[1], w));
                    }
                }
            }
        }
        return uit;
    }

    /** Logical cell to its published value; {@code conflicten} collects cells shown differently in two places. */
    static Map<String, String> cellen(List<Plaats> plaatsen, List<String> conflicten) {
        Map<String, String> w = new TreeMap<>();
        Map<String, Plaats> eerste = new LinkedHashMap<>();
        for (Plaats pl : plaatsen) {
            String oud = w.putIfAbsent(pl.cel(), pl.waarde());
            if (oud == null) {
                eerste.put(pl.cel(), pl);
            } else if (!oud.equals(pl.waarde())) {
                Plaats e = eerste.get(pl.cel());
                conflicten.add(pl.cel() + ": " + e.bestand() + " row " + (e.rij() + 2) + " " + e.kolom() + "=" + oud + " but "
                        + pl.bestand() + " row " + (pl.rij() + 2) + " " + pl.kolom() + "=" + pl.waarde());
            }
        }
        return w;
    }

    // ------------------------------------------------------------------ relations

    enum Op { EQ, LE, GE }

    /** sum(coef * cell) op rhs. */
    record Relatie(String naam, Map<String, Integer> term, Op op, double rhs) {
    }

    private static final class Bouwer {
        final List<Relatie> rel = new ArrayList<>();
        final Set<String> bekend;

        Bouwer(Set<String> bekend) {
            this.bekend = bekend;
        }

        /** {@code links} = sum of {@code rechts}, if every cell is published. */
        void som(String naam, String links, List<String> rechts) {
            Map<String, Integer> t = new LinkedHashMap<>();
            t.merge(links, 1, Integer::sum);
            for (String r : rechts) {
                t.merge(r, -1, Integer::sum);
            }
            voegToe(naam, t, Op.EQ, 0);
        }

        void voegToe(String naam, Map<String, Integer> t, Op op, double rhs) {
            for (String cel : t.keySet()) {
                if (!bekend.contains(cel)) {
                    throw new IllegalStateException("relation " + naam + " uses " + cel + ", which is not published");
                }
            }
            rel.add(new Relatie(naam, t, op, rhs));
        }
    }

    /** The scopes of a year that have figures: the ministries with a (non-empty) meldingen cell, then RIJK. */
    static List<String> ministeriesMetCijfers(Publicatie p, int j) {
        List<String> uit = new ArrayList<>();
        for (Map<String, String> r : p.tabel(j, RIJK, "meldingen_per_ministerie").rijen()) {
            if (!RIJK.equals(r.get("ministerie_code")) && !r.get("meldingen").isEmpty()) {
                uit.add(r.get("ministerie_code"));
            }
        }
        return uit;
    }

    /**
     * The relations of contract section 8 between the logical cells of publication {@code p} (its structure only: which
     * rows exist; values are not used here except the row counts of overzicht_incidenten).
     */
    static List<Relatie> relaties(Publicatie p, Set<String> gepubliceerd) {
        Bouwer b = new Bouwer(gepubliceerd);
        for (int j : p.jaren()) {
            List<String> ministeries = ministeriesMetCijfers(p, j);
            List<String> scopes = new ArrayList<>(ministeries);
            scopes.add(RIJK);
            Map<String, List<String>> waarden = new LinkedHashMap<>();
            List<String> cats = new ArrayList<>();
            for (Map<String, String> r : p.tabel(j, RIJK, "meldingen_per_categorie").rijen()) {
                cats.add(r.get("categorie_code"));
            }
            for (String t : CODELIJSTEN) {
                waarden.put(t, p.tabel(j, RIJK, t).rijen().stream().map(r -> r.get(t)).toList());
            }
            for (String s : scopes) {
                String tot = m(j, s, "meldingen");
                // the scope's own tables list the same rows as the rijksbrede ones
                List<String> eigenCats = p.tabel(j, s, "meldingen_per_categorie").rijen().stream()
                        .map(r -> r.get("categorie_code")).toList();
                if (!eigenCats.equals(cats)) {
                    throw new IllegalStateException(j + " " + s + " categories " + eigenCats);
                }
                b.som(j + " " + s + " meldingen = sum of categories", tot, cats.stream().map(cat -> c(j, s, cat)).toList());
                for (String t : CODELIJSTEN) {
                    List<String> eigen = p.tabel(j, s, t).rijen().stream().map(r -> r.get(t)).toList();
                    if (!eigen.equals(waarden.get(t))) {
                        throw new IllegalStateException(j + " " + s + " " + t + " rows " + eigen);
                    }
                    b.som(j + " " + s + " meldingen = sum of " + t, tot, eigen.stream().map(v -> k(j, s, t, v)).toList());
                }
                b.som(j + " " + s + " aangetoond = uitkomst aangetoond + deels aangetoond", m(j, s, "aangetoond"),
                        List.of(k(j, s, "uitkomst", "aangetoond"), k(j, s, "uitkomst", "deels aangetoond")));
                b.voegToe(j + " " + s + " aangetoond <= meldingen", Map.of(m(j, s, "aangetoond"), 1, tot, -1), Op.LE, 0);
                b.voegToe(j + " " + s + " meldingen <= betrokkenen", Map.of(tot, 1, m(j, s, "betrokkenen"), -1), Op.LE, 0);
                if (!RIJK.equals(s)) {
                    List<String> onderdelen = new ArrayList<>();
                    for (Map<String, String> r : p.tabel(j, RIJK, "meldingen_per_onderdeel").rijen()) {
                        if (s.equals(r.get("ministerie_code"))) {
                            String cel = o(j, s, r.get("onderdeel"));
                            onderdelen.add(cel);
                            b.voegToe(j + " " + s + " onderdeel row exists: " + r.get("onderdeel") + " >= 1", Map.of(cel, 1), Op.GE, 1);
                        }
                    }
                    if (!onderdelen.isEmpty()) {
                        b.som(j + " " + s + " meldingen = sum of onderdelen", tot, onderdelen);
                    } else {
                        // the table lists every onderdeel with meldingen: a ministry with figures but no row has none
                        b.voegToe(j + " " + s + " no onderdeel row: meldingen = 0", Map.of(tot, 1), Op.LE, 0);
                    }
                }
            }
            // ministries add up to RIJK
            for (String v : MINISTERIE_AANTALLEN) {
                b.som(j + " RIJK " + v + " = sum of ministries", m(j, RIJK, v), ministeries.stream().map(x -> m(j, x, v)).toList());
            }
            for (String cat : cats) {
                b.som(j + " RIJK categorie " + cat + " = sum of ministries", c(j, RIJK, cat),
                        ministeries.stream().map(x -> c(j, x, cat)).toList());
            }
            for (String t : CODELIJSTEN) {
                for (String v : waarden.get(t)) {
                    b.som(j + " RIJK " + t + " " + v + " = sum of ministries", k(j, RIJK, t, v),
                            ministeries.stream().map(x -> k(j, x, t, v)).toList());
                }
            }
            // a published case of overzicht_incidenten is one melding of its (ministerie, categorie)
            Map<String, String> catCode = new LinkedHashMap<>();
            for (Map<String, String> r : p.tabel(j, RIJK, "meldingen_per_categorie").rijen()) {
                catCode.put(r.get("categorie"), r.get("categorie_code"));
            }
            Map<String, Integer> gevallen = new TreeMap<>();
            Tabel ov = p.tabel(j, RIJK, "overzicht_incidenten");
            if (ov != null) {
                for (Map<String, String> r : ov.rijen()) {
                    String code = catCode.get(r.get("categorie"));
                    if (code == null) {
                        throw new IllegalStateException("unknown category in overzicht_incidenten: " + r.get("categorie"));
                    }
                    gevallen.merge(c(j, r.get("ministerie_code"), code), 1, Integer::sum);
                }
            }
            gevallen.forEach((cel, n) -> b.voegToe("overzicht_incidenten publishes " + n + " cases of " + cel,
                    Map.of(cel, 1), Op.GE, n));
        }
        return b.rel;
    }

    /**
     * What the label "overige onderdelen (elk minder dan N meldingen)" adds: each member has at most N-1 meldingen,
     * and the members are the onderdelen of the ministry (nevenwerkzaamheden_per_onderdeel, same year) that
     * meldingen_per_onderdeel does not name.
     */
    static List<Relatie> groepslabels(Publicatie p) {
        List<Relatie> uit = new ArrayList<>();
        Pattern label = Pattern.compile("overige onderdelen \\(elk minder dan (\\d+) meldingen\\)");
        for (int j : p.jaren()) {
            Tabel mpo = p.tabel(j, RIJK, "meldingen_per_onderdeel");
            Tabel npo = p.tabel(j, RIJK, "nevenwerkzaamheden_per_onderdeel");
            for (Map<String, String> r : mpo.rijen()) {
                Matcher mt = label.matcher(r.get("onderdeel"));
                if (!mt.matches()) {
                    continue;
                }
                String min = r.get("ministerie_code");
                Set<String> genoemd = new LinkedHashSet<>();
                mpo.rijen().stream().filter(x -> min.equals(x.get("ministerie_code"))).forEach(x -> genoemd.add(x.get("onderdeel")));
                List<String> leden = npo.rijen().stream().filter(x -> min.equals(x.get("ministerie_code")))
                        .map(x -> x.get("onderdeel")).filter(x -> !genoemd.contains(x)).toList();
                if (!leden.isEmpty()) {
                    int n = Integer.parseInt(mt.group(1));
                    uit.add(new Relatie(j + " " + min + " " + r.get("onderdeel") + " = " + leden + ", each < " + n,
                            Map.of(o(j, min, r.get("onderdeel")), 1), Op.LE, (double) (n - 1) * leden.size()));
                }
            }
        }
        return uit;
    }

    /** Relations violated by a complete assignment of values (all cells known). */
    static List<String> geschonden(List<Relatie> relaties, Map<String, Long> waarde) {
        List<String> uit = new ArrayList<>();
        for (Relatie r : relaties) {
            double s = 0;
            for (var t : r.term().entrySet()) {
                Long w = waarde.get(t.getKey());
                if (w == null) {
                    uit.add(r.naam() + ": no value for " + t.getKey());
                    s = Double.NaN;
                    break;
                }
                s += t.getValue() * w;
            }
            boolean ok = switch (r.op()) {
                case EQ -> s == r.rhs();
                case LE -> s <= r.rhs();
                case GE -> s >= r.rhs();
            };
            if (!Double.isNaN(s) && !ok) {
                uit.add(r.naam() + ": " + s + " " + r.op() + " " + r.rhs());
            }
        }
        return uit;
    }

    // ------------------------------------------------------------------ linear programming

    /** The attacker's interval of one hidden cell; {@code max} is +infinity when unbounded. */
    record Interval(String cel, double min, double max) {
        double breedte() {
            return max - min;
        }

        @Override
        public String toString() {
            return cel + " in [" + fmt(min) + ", " + (Double.isInfinite(max) ? "inf" : fmt(max)) + "]";
        }

        private static String fmt(double d) {
            return Math.abs(d - Math.rint(d)) < 1e-7 ? Long.toString(Math.round(d)) : String.format(java.util.Locale.ROOT, "%.3f", d);
        }
    }

    /** The LP system: unknowns are the cells published as x, everything else is a constant. */
    static final class Stelsel {
        final List<String> onbekend;
        final List<Relatie> rest = new ArrayList<>(); // relations with at least one unknown, constants moved right
        final List<String> tegenspraak = new ArrayList<>(); // relations among published figures that do not hold

        Stelsel(Map<String, String> gepubliceerd, List<Relatie> relaties) {
            onbekend = gepubliceerd.entrySet().stream().filter(e -> X.equals(e.getValue())).map(Map.Entry::getKey).toList();
            for (Relatie r : relaties) {
                Map<String, Integer> t = new LinkedHashMap<>();
                double rhs = r.rhs();
                for (var e : r.term().entrySet()) {
                    String w = gepubliceerd.get(e.getKey());
                    if (X.equals(w)) {
                        t.merge(e.getKey(), e.getValue(), Integer::sum);
                    } else {
                        rhs -= e.getValue() * Long.parseLong(w);
                    }
                }
                t.values().removeIf(v -> v == 0);
                if (t.isEmpty()) {
                    boolean ok = switch (r.op()) {
                        case EQ -> rhs == 0;
                        case LE -> 0 <= rhs;
                        case GE -> 0 >= rhs;
                    };
                    if (!ok) {
                        tegenspraak.add(r.naam());
                    }
                } else {
                    rest.add(new Relatie(r.naam(), t, r.op(), rhs));
                }
            }
        }

        Interval interval(String cel) {
            Deel deel = delen().get(cel);
            return new Interval(cel, los(deel, cel, false), los(deel, cel, true));
        }

        /**
         * The unknowns and relations that reach one cell. Relations that share no unknown with a cell, directly or
         * through other relations, cannot move its bounds, so each cell's LP is solved over its connected part only:
         * the same interval as over the whole system, in a fraction of the time.
         */
        private record Deel(List<String> onbekend, List<Relatie> relaties) {
        }

        private Map<String, Deel> delen;

        private Map<String, Deel> delen() {
            if (delen == null) {
                Map<String, String> ouder = new HashMap<>();
                onbekend.forEach(u -> ouder.put(u, u));
                for (Relatie r : rest) {
                    String eerste = null;
                    for (String cel : r.term().keySet()) {
                        if (eerste == null) {
                            eerste = wortel(ouder, cel);
                        } else {
                            ouder.put(wortel(ouder, cel), eerste);
                            eerste = wortel(ouder, eerste);
                        }
                    }
                }
                Map<String, List<String>> leden = new LinkedHashMap<>();
                onbekend.forEach(u -> leden.computeIfAbsent(wortel(ouder, u), k -> new ArrayList<>()).add(u));
                Map<String, List<Relatie>> perDeel = new HashMap<>();
                rest.forEach(r -> perDeel.computeIfAbsent(wortel(ouder, r.term().keySet().iterator().next()),
                        k -> new ArrayList<>()).add(r));
                delen = new HashMap<>();
                leden.forEach((w, cellen) -> {
                    Deel d = new Deel(cellen, perDeel.getOrDefault(w, List.of()));
                    cellen.forEach(c -> delen.put(c, d));
                });
            }
            return delen;
        }

        private static String wortel(Map<String, String> ouder, String cel) {
            String w = cel;
            while (!ouder.get(w).equals(w)) {
                w = ouder.get(w);
            }
            for (String c = cel; !c.equals(w);) {
                String volgende = ouder.get(c);
                ouder.put(c, w);
                c = volgende;
            }
            return w;
        }

        private double los(Deel deel, String doel, boolean max) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            Map<String, Variable> var = new LinkedHashMap<>();
            for (String u : deel.onbekend()) {
                var.put(u, model.addVariable(u).lower(0));
            }
            int i = 0;
            for (Relatie r : deel.relaties()) {
                Expression e = model.addExpression("r" + i++);
                r.term().forEach((cel, coef) -> e.set(var.get(cel), coef));
                switch (r.op()) {
                    case EQ -> e.level(r.rhs());
                    case LE -> e.upper(r.rhs());
                    case GE -> e.lower(r.rhs());
                }
            }
            var.get(doel).weight(1);
            Optimisation.Result res = max ? model.maximise() : model.minimise();
            if (res.getState() == Optimisation.State.UNBOUNDED) {
                if (!max) {
                    throw new IllegalStateException("minimum of " + doel + " unbounded below, but every cell is >= 0");
                }
                return Double.POSITIVE_INFINITY;
            }
            if (!res.getState().isFeasible()) {
                throw new IllegalStateException((max ? "max " : "min ") + doel + ": " + res.getState());
            }
            return res.getValue();
        }
    }
}
