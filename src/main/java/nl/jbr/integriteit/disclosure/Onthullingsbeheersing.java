package nl.jbr.integriteit.disclosure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.warehouse.SqlQueries;
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

    /** As {@link #beveilig(Warehouse, int, int)} with the margin equal to the threshold. */
    public List<JaarUitkomst> beveilig(Warehouse warehouse, int drempel) {
        return beveilig(warehouse, drempel, drempel);
    }

    /**
     * Plans, audits and records every year; returns the outcome per year, ascending. A cell that an earlier published
     * version of the year hid stays hidden, and the new version is audited together with every earlier one
     * ({@link VersieAudit}), an attacker assuming that a changed ministry's cells moved by at most {@code marge}.
     */
    public List<JaarUitkomst> beveilig(Warehouse warehouse, int drempel, int marge) {
        Map<Integer, Celmodel> modellen = lees(warehouse);
        Map<Integer, Publicatieversies.Geschiedenis> geschiedenis = drempel <= 1 ? Map.of() : versies.lees(warehouse);
        List<Onderdrukking> patronen = new ArrayList<>();
        List<JaarUitkomst> uitkomsten = new ArrayList<>();
        for (Map.Entry<Integer, Celmodel> jaar : modellen.entrySet()) {
            long start = System.nanoTime();
            Celmodel model = jaar.getValue();
            Publicatieversies.Geschiedenis eerder = geschiedenis.getOrDefault(jaar.getKey(), Publicatieversies.Geschiedenis.GEEN);
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
            patronen.add(onderdrukking);
            uitkomsten.add(new JaarUitkomst(jaar.getKey(), drempel, geslaagd, reden,
                    onderdrukking.aantalPrimair(), onderdrukking.aantalSecundair()));
            log.info("Onthullingsbeheersing {}: {} cellen, {} onder de drempel {}, {} secundair, {} eerder gepubliceerde versie(s), controle {} ({} ms)",
                    jaar.getKey(), model.grootte(), onderdrukking.aantalPrimair(), drempel, onderdrukking.aantalSecundair(),
                    eerder.versies().size(), geslaagd ? "geslaagd" : "MISLUKT", (System.nanoTime() - start) / 1_000_000);
        }
        vastleggen(warehouse, patronen, uitkomsten);
        return uitkomsten;
    }

    /** The recorded outcome of one year, or empty when disclosure control has not run for it. */
    public Optional<JaarUitkomst> uitkomst(Warehouse warehouse, int jaar) {
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("onthulling_jaar_lezen"))) {
            st.setInt(1, jaar);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JaarUitkomst(jaar, rs.getInt("drempel"), rs.getBoolean("geslaagd"),
                        rs.getString("reden"), rs.getInt("primair"), rs.getInt("secundair")));
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the disclosure control of " + jaar + ": " + e.getMessage(), e);
        }
    }

    /** The cells and relations of every year present, including years without any cell. */
    private Map<Integer, Celmodel> lees(Warehouse warehouse) {
        Map<Integer, Celmodel.Builder> builders = new TreeMap<>();
        Connection connection = warehouse.connection();
        try {
            try (PreparedStatement st = connection.prepareStatement(queries.get("publicatie_jaren"));
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    builders.put(rs.getInt(1), new Celmodel.Builder(rs.getInt(1)));
                }
            }
            try (PreparedStatement st = connection.prepareStatement(queries.get("onthulling_cellen"));
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    builders.computeIfAbsent(rs.getInt("jaar"), Celmodel.Builder::new).cel(rs.getString("cel"),
                            rs.getLong("waarde"), rs.getLong("ondergrens"), Celsoort.of(rs.getString("soort")));
                }
            }
            try (PreparedStatement st = connection.prepareStatement(queries.get("onthulling_relaties"));
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    builders.get(rs.getInt("jaar")).term(rs.getString("relatie"), "=".equals(rs.getString("soort")),
                            rs.getString("cel"), rs.getLong("coefficient"));
                }
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the disclosure control cells: " + e.getMessage(), e);
        }
        Map<Integer, Celmodel> modellen = new TreeMap<>();
        builders.forEach((jaar, builder) -> modellen.put(jaar, builder.build()));
        return modellen;
    }

    private void vastleggen(Warehouse warehouse, List<Onderdrukking> patronen, List<JaarUitkomst> uitkomsten) {
        warehouse.inTransactie("record the disclosure control", connection -> {
            warehouse.execute(queries.get("onthulling_leegmaken"));
            try (PreparedStatement cel = connection.prepareStatement(queries.get("onthulling_onderdrukt_vastleggen"))) {
                for (Onderdrukking o : patronen) {
                    for (int i = o.onderdrukt().nextSetBit(0); i >= 0; i = o.onderdrukt().nextSetBit(i + 1)) {
                        cel.setInt(1, o.model().jaar());
                        cel.setString(2, o.model().cel(i).id());
                        cel.setBoolean(3, o.primair().get(i));
                        Interval interval = o.intervallen().get(i);
                        setDouble(cel, 4, interval == null ? null : interval.min());
                        setDouble(cel, 5, interval == null || Double.isInfinite(interval.max()) ? null : interval.max());
                        cel.addBatch();
                    }
                }
                cel.executeBatch();
            }
            try (PreparedStatement jaar = connection.prepareStatement(queries.get("onthulling_jaar_vastleggen"))) {
                for (JaarUitkomst u : uitkomsten) {
                    jaar.setInt(1, u.jaar());
                    jaar.setInt(2, u.drempel());
                    jaar.setBoolean(3, u.geslaagd());
                    jaar.setString(4, u.reden());
                    jaar.setInt(5, u.primair());
                    jaar.setInt(6, u.secundair());
                    jaar.addBatch();
                }
                jaar.executeBatch();
            }
        });
    }

    private static void setDouble(PreparedStatement st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DOUBLE);
        } else {
            st.setDouble(index, value);
        }
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
