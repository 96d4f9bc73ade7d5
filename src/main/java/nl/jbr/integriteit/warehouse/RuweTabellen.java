package nl.jbr.integriteit.warehouse;

import java.util.ArrayList;
import java.util.List;

import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Kolom;

/**
 * The raw table of each form ({@code melding_ruw}, {@code personeel_ruw}, {@code kengetallen_ruw}, ...), created from
 * its definition in {@code input-schemas/formulieren/} where it does not exist yet: {@code versie_id}, {@code regel},
 * then every stored column in definition order ({@link Kolom#veld()} with {@link Kolom#sqlType()}, NOT NULL when the
 * column always has a value), then {@code gevoelige_tekst} for forms with free text. The ingest fills it by column name
 * ({@code ingest/WarehouseLader}); the models of {@code jobs/} read it.
 */
public final class RuweTabellen {

    private RuweTabellen() {
    }

    /** Creates the raw tables of all forms that do not exist yet. */
    public static void maak(Warehouse warehouse, Formulieren formulieren) {
        for (Formulier f : formulieren.alle()) {
            warehouse.execute(ddl(f));
        }
    }

    /** The CREATE TABLE IF NOT EXISTS statement of one form's raw table. */
    public static String ddl(Formulier f) {
        List<String> kolommen = new ArrayList<>();
        kolommen.add("versie_id BIGINT NOT NULL");
        kolommen.add("regel BIGINT NOT NULL");
        for (Kolom k : f.opgeslagen()) {
            kolommen.add(k.veld() + " " + k.sqlType() + (k.nietLeeg() ? " NOT NULL" : ""));
        }
        if (f.heeftVrijeTekst()) {
            kolommen.add("gevoelige_tekst BOOLEAN NOT NULL");
        }
        kolommen.add("PRIMARY KEY (versie_id, regel)");
        return "-- accepted rows of form " + f.naam() + ", from input-schemas/formulieren/" + f.naam() + ".csv\n"
                + "CREATE TABLE IF NOT EXISTS " + f.tabel() + " (\n    " + String.join(",\n    ", kolommen) + "\n)";
    }
}
