package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.SafeCsv;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;

/**
 * BZK's disclosure audit report of a published year, in {@code beheer/onthulling/} (contract 8: never public):
 * {@code <jaar>.json}, the threshold, how many logical cells are primary and secondary and per table how many
 * published cells are hidden and the narrowest interval; {@code <jaar>.csv}, every hidden logical cell with its value,
 * its reason and, for a primary cell, its audit interval. Which cells are primary, how many there are and the
 * intervals would, with the tables, narrow hidden counts: that is why they are here and not in the manifest.
 */
final class Auditrapport {

    static final List<String> CSV_KOP = List.of("cel", "scope", "dimensie", "sleutel", "waarde", "reden", "ondergrens",
            "bovengrens");

    private final SqlQueries queries;

    Auditrapport(SqlQueries queries) {
        this.queries = queries;
    }

    void schrijf(Warehouse warehouse, int jaar, Uitvoermappen uitvoer, Beveiliging beveiliging, List<String> tabellen,
                 String runId) throws IOException {
        Path map = GeweigerdPad.maakMappen(uitvoer.root(), uitvoer.onthulling());
        Map<String, Beveiliging.Tabelaudit> perTabel = new LinkedHashMap<>();
        tabellen.forEach(t -> perTabel.put(t, beveiliging.perTabel().containsKey(t) ? beveiliging.perTabel().get(t)
                : Beveiliging.NIETS_ONDERDRUKT));
        Rapport rapport = new Rapport(jaar, runId, beveiliging.drempel(), beveiliging.openbaar().beveiliging(), "geslaagd",
                beveiliging.primair(), beveiliging.secundair(), perTabel);
        String json = TableFiles.JSON.writeValueAsString(rapport) + "\n";
        AtomicFile.writeText(map.resolve(jaar + ".json"), out -> out.write(json));
        List<List<Object>> rijen = cellen(warehouse, jaar);
        AtomicFile.writeText(map.resolve(jaar + ".csv"), out -> {
            SafeCsv csv = new SafeCsv(out, CSV_KOP, Set.of(4, 6, 7));
            rijen.forEach(csv::row);
            csv.close();
        });
    }

    /**
     * The report's JSON: the year, the run, BZK's summary of disclosure control (threshold, whether it is on, the audit
     * passed, how many logical cells are primary and secondary), and per published table what was hidden in it.
     */
    record Rapport(int jaar, @JsonProperty("run_id") String runId, int drempel, String beveiliging, String audit,
                   @JsonProperty("cellen_primair") int cellenPrimair, @JsonProperty("cellen_secundair") int cellenSecundair,
                   Map<String, Beveiliging.Tabelaudit> tabellen) {
    }

    private List<List<Object>> cellen(Warehouse warehouse, int jaar) {
        return warehouse.jdbc().sql(queries.get("onthulling_rapport")).param(jaar)
                .query((rs, i) -> Arrays.<Object>asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), getal(rs, 7), getal(rs, 8))).list();
    }

    /** An interval bound rounded to two decimals (the LP's floating point), or empty. */
    private static Object getal(ResultSet rs, int kolom) throws SQLException {
        double waarde = rs.getDouble(kolom);
        return rs.wasNull() ? null : java.math.BigDecimal.valueOf(waarde).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
