package nl.jbr.integriteit.onthulling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Every version of every year that ever stood in {@code openbaar/} (contract 8, across versions), in the warehouse:
 * recorded when a year is published ({@link #vastleggen}) with its logical cells as published (value, hidden or not)
 * and its relations, and read back for the disclosure control of the next version ({@link VersieAudit}).
 */
public final class Publicatieversies {

    /** One logical cell of a published version. */
    record VersieCel(String id, String scope, long waarde, long ondergrens, Celsoort soort, boolean verborgen, boolean primair) {
    }

    /** One term of a relation of a published version: {@code coefficient x cel} in relation {@code relatie}. */
    record VersieTerm(String relatie, boolean gelijk, String cel, long coefficient) {
    }

    /**
     * One published version of a year.
     *
     * @param invoer per ministry the input versions in force behind it (form and checksum)
     */
    record Versie(int jaar, int versie, Map<String, VersieCel> cellen, List<VersieTerm> termen, Map<String, Set<String>> invoer) {

        /** Whether an attacker learns nothing from this version that {@code ander} does not show. */
        boolean zelfdeCellen(Map<String, VersieCel> ander) {
            if (ander.size() != cellen.size()) {
                return false;
            }
            for (VersieCel c : cellen.values()) {
                VersieCel d = ander.get(c.id());
                if (d == null || d.waarde() != c.waarde() || d.verborgen() != c.verborgen()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** What disclosure control knows of a year's published versions and of its input now. */
    record Geschiedenis(List<Versie> versies, Map<String, Set<String>> invoerNu) {
        static final Geschiedenis GEEN = new Geschiedenis(List.of(), Map.of());
    }

    private final SqlQueries queries;

    public Publicatieversies(SqlQueries queries) {
        this.queries = queries;
    }

    /**
     * Records that {@code jaar} now stands in {@code openbaar/} as published from the warehouse's current cells and
     * disclosure pattern, with its release status. Returns the version number.
     */
    public int vastleggen(Warehouse warehouse, int jaar, String status, long runId) {
        int[] versie = new int[1];
        warehouse.inTransactie("record the published version of " + jaar, c -> {
            versie[0] = warehouse.jdbc().sql(queries.get("publicatie_versie_volgende")).param(jaar).query(Integer.class).single();
            warehouse.jdbc().sql(queries.get("publicatie_versie_vastleggen")).params(jaar, versie[0], status, runId).update();
            warehouse.jdbc().sql(queries.get("publicatie_versie_cellen_vastleggen")).params(versie[0], jaar).update();
            warehouse.jdbc().sql(queries.get("publicatie_versie_relaties_vastleggen")).params(versie[0], jaar).update();
            warehouse.jdbc().sql(queries.get("publicatie_versie_invoer_vastleggen")).params(versie[0], jaar).update();
        });
        return versie[0];
    }

    /** Per year its published versions, oldest first, and its input now. */
    Map<Integer, Geschiedenis> lees(Warehouse warehouse) {
        Map<Integer, Map<Integer, Map<String, VersieCel>>> cellen = new TreeMap<>();
        warehouse.jdbc().sql(queries.get("publicatie_versie_cellen")).query(rs -> {
            VersieCel cel = new VersieCel(rs.getString("cel"), rs.getString("scope"), rs.getLong("waarde"),
                    rs.getLong("ondergrens"), Celsoort.of(rs.getString("soort")), rs.getBoolean("verborgen"),
                    rs.getBoolean("primair"));
            cellen.computeIfAbsent(rs.getInt("jaar"), j -> new TreeMap<>())
                    .computeIfAbsent(rs.getInt("versie"), v -> new LinkedHashMap<>()).put(cel.id(), cel);
        });
        if (cellen.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Map<Integer, List<VersieTerm>>> termen = new TreeMap<>();
        warehouse.jdbc().sql(queries.get("publicatie_versie_relaties")).query(rs -> {
            termen.computeIfAbsent(rs.getInt("jaar"), j -> new TreeMap<>())
                    .computeIfAbsent(rs.getInt("versie"), v -> new ArrayList<>())
                    .add(new VersieTerm(rs.getString("relatie"), "=".equals(rs.getString("soort")), rs.getString("cel"),
                            rs.getLong("coefficient")));
        });
        Map<Integer, Map<Integer, Map<String, Set<String>>>> invoer = new TreeMap<>();
        Map<Integer, Map<String, Set<String>>> invoerNu = new TreeMap<>();
        warehouse.jdbc().sql(queries.get("publicatie_versie_invoer")).query(rs -> {
            Object versie = rs.getObject("versie");
            Map<String, Set<String>> perMinisterie = versie == null
                    ? invoerNu.computeIfAbsent(rs.getInt("jaar"), j -> new TreeMap<>())
                    : invoer.computeIfAbsent(rs.getInt("jaar"), j -> new TreeMap<>())
                            .computeIfAbsent(((Number) versie).intValue(), v -> new TreeMap<>());
            perMinisterie.computeIfAbsent(rs.getString("ministerie"), m -> new TreeSet<>())
                    .add(rs.getString("formulier") + "|" + rs.getString("sha256"));
        });
        Map<Integer, Geschiedenis> uit = new TreeMap<>();
        cellen.forEach((jaar, versies) -> {
            List<Versie> lijst = new ArrayList<>();
            versies.forEach((nr, c) -> lijst.add(new Versie(jaar, nr, c,
                    termen.getOrDefault(jaar, Map.of()).getOrDefault(nr, List.of()),
                    invoer.getOrDefault(jaar, Map.of()).getOrDefault(nr, Map.of()))));
            uit.put(jaar, new Geschiedenis(lijst, invoerNu.getOrDefault(jaar, Map.of())));
        });
        return uit;
    }

    /** Whether a scope's input differs between two versions' input maps. */
    static boolean invoerGewijzigd(String scope, Map<String, Set<String>> a, Map<String, Set<String>> b) {
        return !Objects.equals(a.getOrDefault(scope, Set.of()), b.getOrDefault(scope, Set.of()));
    }
}
