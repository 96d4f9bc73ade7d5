package nl.jbr.integriteit.onthulling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.TreeSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.vingerafdruk.Vingerafdruk;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Disclosure control of every year in the warehouse (contract 8): reads the logical cells and relations
 * (models {@code 40_onthulling}), plans the suppressions of each year, audits them, and records pattern and
 * outcome ({@code onthulling_onderdrukt}, {@code onthulling_jaar}) for the publication. The years are
 * independent systems: a later year repeats an earlier year's cells only as the same logical cell
 * ({@code _vorig_jaar}), which carries the earlier year's mark.
 */
public final class Onthullingsbeheersing {

    private static final Logger log = LoggerFactory.getLogger(Onthullingsbeheersing.class);

    private final SqlQueries queries;
    private final SuppressionPlanner planner;
    private final IntervalAudit audit;
    private final Publicatieversies versies;
    private final VersieAudit versieAudit;

    public Onthullingsbeheersing(SqlQueries queries, SuppressionPlanner planner, IntervalAudit audit) {
        this.queries = queries;
        this.planner = planner;
        this.audit = audit;
        this.versies = new Publicatieversies(queries);
        this.versieAudit = new VersieAudit(audit);
    }

    /** The record of published versions this disclosure control takes into account. */
    public Publicatieversies versies() {
        return versies;
    }

    /** As {@link #beveilig(Warehouse, int, int, String)} with the margin equal to the threshold, planning every year. */
    public List<JaarUitkomst> beveilig(Warehouse warehouse, int drempel) {
        return beveilig(warehouse, drempel, drempel, null);
    }

    /**
     * Plans, audits and records every year; returns the outcome per year, ascending. A cell that an earlier published
     * version of the year hid stays hidden, and the new version is audited together with every earlier one
     * ({@link VersieAudit}), an attacker assuming that a changed ministry's cells moved by at most {@code marge}.
     * A year whose cells, relations, earlier versions, threshold, margin and {@code code} (the fingerprint of the
     * application; null: plan every year) are what its recorded plan was made from keeps that plan and audit.
     */
    public List<JaarUitkomst> beveilig(Warehouse warehouse, int drempel, int marge, String code) {
        Map<Integer, Celmodel> modellen = lees(warehouse);
        Map<Integer, Publicatieversies.Geschiedenis> geschiedenis = drempel <= 1 ? Map.of() : versies.lees(warehouse);
        Map<Integer, Stand> standen = standen(warehouse);
        // the years are independent systems: planned and audited side by side, one year per processor
        List<Callable<Jaar>> taken = new ArrayList<>();
        Map<Integer, JaarUitkomst> uitkomsten = new TreeMap<>();
        Map<Integer, String> vingerafdrukken = new TreeMap<>();
        for (Map.Entry<Integer, Celmodel> jaar : modellen.entrySet()) {
            Publicatieversies.Geschiedenis eerder = geschiedenis.getOrDefault(jaar.getKey(), Publicatieversies.Geschiedenis.GEEN);
            String vingerafdruk = code == null ? null : vingerafdruk(jaar.getValue(), eerder, drempel, marge, code);
            Stand stand = standen.get(jaar.getKey());
            if (vingerafdruk != null && stand != null && vingerafdruk.equals(stand.vingerafdruk())) {
                uitkomsten.put(jaar.getKey(), stand.uitkomst());
                log.info("Onthullingsbeheersing {}: ongewijzigd, het vastgelegde patroon en de controle blijven", jaar.getKey());
            } else {
                vingerafdrukken.put(jaar.getKey(), vingerafdruk);
                taken.add(() -> beveiligJaar(jaar.getValue(), eerder, drempel, marge));
            }
        }
        List<Onderdrukking> patronen = new ArrayList<>();
        for (Jaar jaar : naastElkaar(taken)) {
            patronen.add(jaar.onderdrukking());
            uitkomsten.put(jaar.uitkomst().jaar(), jaar.uitkomst());
        }
        Set<Integer> weg = new TreeSet<>(standen.keySet());
        weg.removeAll(modellen.keySet());
        vastleggen(warehouse, patronen, uitkomsten, vingerafdrukken, weg);
        return List.copyOf(uitkomsten.values());
    }

    /**
     * After {@code jaren} were published (and recorded as versions) from their recorded plans: their fingerprints now
     * include that version, so the next run keeps those plans unless the cells change. Without this, every year would
     * be planned once more after each publication, only because its own publication joined its history. The plan
     * stays valid with that history: the version hides exactly the plan's cells, and shows what the plan shows.
     */
    public void naPublicatie(Warehouse warehouse, Set<Integer> jaren, int drempel, int marge, String code) {
        if (jaren.isEmpty()) {
            return;
        }
        Map<Integer, Celmodel> modellen = lees(warehouse);
        Map<Integer, Publicatieversies.Geschiedenis> geschiedenis = drempel <= 1 ? Map.of() : versies.lees(warehouse);
        warehouse.inTransactie("record the disclosure fingerprints", connection -> {
            for (int jaar : jaren) {
                Celmodel model = modellen.get(jaar);
                if (model != null) {
                    warehouse.jdbc().sql(queries.get("onthulling_jaar_vingerafdruk")).params(vingerafdruk(model,
                            geschiedenis.getOrDefault(jaar, Publicatieversies.Geschiedenis.GEEN), drempel, marge, code), jaar)
                            .update();
                }
            }
        });
    }

    /** A year's recorded audit result and the fingerprint its plan was made from. */
    private record Stand(JaarUitkomst uitkomst, String vingerafdruk) {
    }

    private Map<Integer, Stand> standen(Warehouse warehouse) {
        Map<Integer, Stand> standen = new TreeMap<>();
        try {
            warehouse.jdbc().sql(queries.get("onthulling_jaar_standen")).query(rs -> {
                standen.put(rs.getInt("jaar"), new Stand(uitkomst(rs, rs.getInt("jaar")), rs.getString("vingerafdruk")));
            });
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read the recorded disclosure control: " + e.getMessage(), e);
        }
        return standen;
    }

    /** What a year's plan is made from: its cells and relations, its earlier versions and current input, the settings. */
    static String vingerafdruk(Celmodel model, Publicatieversies.Geschiedenis eerder, int drempel, int marge, String code) {
        Vingerafdruk afdruk = Vingerafdruk.nieuw();
        StringBuilder b = new StringBuilder();
        b.append("code|").append(code).append("|drempel|").append(drempel).append("|marge|").append(marge).append('\n');
        for (int i = 0; i < model.grootte(); i++) {
            Cel c = model.cel(i);
            b.append("cel|").append(c.id()).append('|').append(c.waarde()).append('|').append(c.ondergrens()).append('|')
                    .append(c.soort()).append('\n');
            if (b.length() > 1 << 16) {
                afdruk.tekst(b);
                b.setLength(0);
            }
        }
        for (Relatie r : model.relaties()) {
            b.append("relatie|").append(r.naam()).append('|').append(r.gelijk()).append('|')
                    .append(java.util.Arrays.toString(r.cellen())).append('|')
                    .append(java.util.Arrays.toString(r.coefficienten())).append('\n');
            if (b.length() > 1 << 16) {
                afdruk.tekst(b);
                b.setLength(0);
            }
        }
        eerder.versies().forEach(v -> b.append("versie|").append(v.versie()).append('\n'));
        new TreeMap<>(eerder.invoerNu()).forEach((k, v) -> b.append("invoer|").append(k).append('|')
                .append(new TreeSet<>(v)).append('\n'));
        afdruk.tekst(b);
        return afdruk.hex();
    }

    /** One year's pattern and outcome. */
    private record Jaar(Onderdrukking onderdrukking, JaarUitkomst uitkomst) {
    }

    private Jaar beveiligJaar(Celmodel model, Publicatieversies.Geschiedenis eerder, int drempel, int marge) {
        long start = System.nanoTime();
        BitSet primair = drempel <= 1 ? new BitSet() : SuppressionPlanner.primair(model, drempel);
        BitSet onderdrukt = drempel <= 1 ? new BitSet()
                : planner.plan(model, drempel, VersieAudit.eerderVerborgen(model, eerder));
        Onderdrukking onderdrukking = audit.controleer(model, primair, onderdrukt, drempel);
        String reden = reden(onderdrukking, drempel);
        boolean geslaagd = onderdrukking.geslaagd();
        if (geslaagd && drempel > 1) {
            Optional<Onderdrukking> overVersies = versieAudit.controleer(model, primair, onderdrukt, eerder, drempel, marge);
            if (overVersies.isPresent() && !overVersies.get().geslaagd()) {
                geslaagd = false;
                reden = redenVersies(overVersies.get(), drempel);
            }
        }
        log.info("Onthullingsbeheersing {}: {} cellen, {} onder de drempel {}, {} secundair, {} eerder gepubliceerde versie(s), controle {} ({} ms)",
                model.jaar(), model.grootte(), onderdrukking.aantalPrimair(), drempel, onderdrukking.aantalSecundair(),
                eerder.versies().size(), geslaagd ? "geslaagd" : "MISLUKT", (System.nanoTime() - start) / 1_000_000);
        return new Jaar(onderdrukking, new JaarUitkomst(model.jaar(), drempel, geslaagd, reden,
                onderdrukking.aantalPrimair(), onderdrukking.aantalSecundair()));
    }

    /** Runs the tasks on one thread per processor (at most one per task) and returns their results in order. */
    private static <T> List<T> naastElkaar(List<Callable<T>> taken) {
        int threads = Math.max(1, Math.min(taken.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "onthulling");
            t.setDaemon(true);
            return t;
        });
        try {
            List<T> uit = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(taken)) {
                uit.add(f.get());
            }
            return uit;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("disclosure control interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The recorded outcome of one year, or empty when disclosure control has not run for it. */
    public Optional<JaarUitkomst> uitkomst(Warehouse warehouse, int jaar) {
        try {
            return warehouse.jdbc().sql(queries.get("onthulling_jaar_lezen")).param(jaar)
                    .query((rs, i) -> uitkomst(rs, jaar)).optional();
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read the disclosure control of " + jaar + ": " + e.getMessage(), e);
        }
    }

    /** A year's outcome from the columns drempel, geslaagd, reden, primair, secundair of the current row. */
    private static JaarUitkomst uitkomst(ResultSet rs, int jaar) throws SQLException {
        return new JaarUitkomst(jaar, rs.getInt("drempel"), rs.getBoolean("geslaagd"), rs.getString("reden"),
                rs.getInt("primair"), rs.getInt("secundair"));
    }

    /** The cells and relations of every year present, including years without any cell. */
    private Map<Integer, Celmodel> lees(Warehouse warehouse) {
        Map<Integer, Celmodel.Builder> builders = new TreeMap<>();
        try {
            warehouse.jdbc().sql(queries.get("publicatie_jaren")).query(rs -> {
                builders.put(rs.getInt(1), new Celmodel.Builder(rs.getInt(1)));
            });
            warehouse.jdbc().sql(queries.get("onthulling_cellen")).query(rs -> {
                builders.computeIfAbsent(rs.getInt("jaar"), Celmodel.Builder::new).cel(rs.getString("cel"),
                        rs.getLong("waarde"), rs.getLong("ondergrens"), Celsoort.of(rs.getString("soort")));
            });
            warehouse.jdbc().sql(queries.get("onthulling_relaties")).query(rs -> {
                builders.get(rs.getInt("jaar")).term(rs.getString("relatie"), "=".equals(rs.getString("soort")),
                        rs.getString("cel"), rs.getLong("coefficient"));
            });
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read the disclosure control cells: " + e.getMessage(), e);
        }
        Map<Integer, Celmodel> modellen = new TreeMap<>();
        builders.forEach((jaar, builder) -> modellen.put(jaar, builder.build()));
        return modellen;
    }

    /**
     * Records the years planned anew (replacing what was recorded of them) and forgets the years no longer present;
     * the rows of a year that kept its plan stay as they are.
     */
    private void vastleggen(Warehouse warehouse, List<Onderdrukking> patronen, Map<Integer, JaarUitkomst> uitkomsten,
            Map<Integer, String> vingerafdrukken, Set<Integer> weg) {
        warehouse.inTransactie("record the disclosure control", connection -> {
            Set<Integer> wissen = new TreeSet<>(weg);
            wissen.addAll(vingerafdrukken.keySet());
            for (int jaar : wissen) {
                warehouse.jdbc().sql(queries.get("onthulling_onderdrukt_wissen")).param(jaar).update();
                warehouse.jdbc().sql(queries.get("onthulling_jaar_wissen")).param(jaar).update();
            }
            for (Onderdrukking o : patronen) {
                for (int i = o.onderdrukt().nextSetBit(0); i >= 0; i = o.onderdrukt().nextSetBit(i + 1)) {
                    Interval interval = o.intervallen().get(i);
                    warehouse.jdbc().sql(queries.get("onthulling_onderdrukt_vastleggen")).params(o.model().jaar(),
                            o.model().cel(i).id(), o.primair().get(i), interval == null ? null : interval.min(),
                            interval == null || Double.isInfinite(interval.max()) ? null : interval.max()).update();
                }
            }
            for (Map.Entry<Integer, String> nieuw : vingerafdrukken.entrySet()) {
                JaarUitkomst u = uitkomsten.get(nieuw.getKey());
                warehouse.jdbc().sql(queries.get("onthulling_jaar_vastleggen")).params(u.jaar(), u.drempel(), u.geslaagd(),
                        u.reden(), u.primair(), u.secundair(), nieuw.getValue()).update();
            }
        });
    }

    /** Why a year may not be published (Dutch), naming the first cells the audit could not protect. */
    static String reden(Onderdrukking o, int drempel) {
        if (o.geslaagd()) {
            return null;
        }
        List<String> cellen = new ArrayList<>();
        for (int p = o.onveilig().nextSetBit(0); p >= 0 && cellen.size() < 5; p = o.onveilig().nextSetBit(p + 1)) {
            Interval interval = o.intervallen().get(p);
            cellen.add(o.model().cel(p).id().replace('|', ' ') + " [" + getal(interval.min()) + "; " + getal(interval.max()) + "]");
        }
        return "de controle op onthulling vond " + o.onveilig().cardinality() + " cel(len) onder de drempel " + drempel
                + " die uit de gepubliceerde tabellen tot minder dan " + drempel + " mogelijke waarden te herleiden zijn ("
                + String.join(", ", cellen) + "); het jaar is daarom niet gepubliceerd en de vorige publicatie blijft staan";
    }

    /** Why a new version may not be published: together with the earlier versions it narrows a protected cell. */
    static String redenVersies(Onderdrukking o, int drempel) {
        List<String> cellen = new ArrayList<>();
        for (int p = o.onveilig().nextSetBit(0); p >= 0 && cellen.size() < 5; p = o.onveilig().nextSetBit(p + 1)) {
            cellen.add(o.model().cel(p).id().replace('|', ' '));
        }
        return "samen met de eerder gepubliceerde versies van dit jaar zijn " + o.onveilig().cardinality()
                + " afgeschermde cel(len) tot minder dan " + drempel + " mogelijke waarden te herleiden (versie:cel "
                + String.join(", ", cellen) + "); de nieuwe versie is daarom niet gepubliceerd en de vorige publicatie blijft "
                + "staan. Zie README, Vertrouwelijkheid";
    }

    private static String getal(double waarde) {
        return Double.isInfinite(waarde) ? "∞" : String.format(Locale.ROOT, "%.2f", waarde).replace('.', ',');
    }
}
