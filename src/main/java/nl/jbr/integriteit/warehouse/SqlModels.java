package nl.jbr.integriteit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.tabel.Tabelafleiding;
import nl.jbr.integriteit.tabel.TableCatalog;

/**
 * Runs the SQL files of a job folder in order. The tables the ingest step fills are <em>sources</em>
 * ({@code jobs/<job>/sources/*.sql}, created once per run before ingestion); the <em>models</em> derived
 * from them live in {@code jobs/<job>/models/<layer>/<model>.sql}, one per file, each starting with a
 * {@code -- depends:} line; layers run in the given order, models within a layer in dependency order
 * ({@link ModelOrder}).
 */
public final class SqlModels {

    /** The job folder the pipeline runs: {@code jobs/jaarrapportage/}. The one definition of that name. */
    public static final String JOB = "jaarrapportage";

    private static final Logger log = LoggerFactory.getLogger(SqlModels.class);

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String jobsLocation;

    public SqlModels(String jobsLocation) {
        this.jobsLocation = jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/";
    }

    /** The layer of the table folders: the mart model of every published table ({@code tabellen/<id>/mart_<id>.sql}). */
    public static final String TABELLEN = "tabellen";

    /** The layer whose models read the disclosure mapping, which is derived from the table definitions. */
    static final String ONTHULLING = "40_onthulling";

    /**
     * The models of one layer ({@code layerPattern} like {@code "30_marts"} or {@code "*"}), sorted; {@link #TABELLEN}
     * is the table folders' marts, and the disclosure layer starts with the mapping derived from their definitions.
     */
    public List<SqlModel> models(String job, String layerPattern) {
        if (TABELLEN.equals(layerPattern)) {
            return load(job, "tabellen/*/mart_*.sql");
        }
        List<SqlModel> models = load(job, "models/" + layerPattern + "/*.sql");
        if (ONTHULLING.equals(layerPattern)) {
            Tabelafleiding.Afgeleid verwijzing = afleiding(job).onthullingVerwijzing();
            List<SqlModel> met = new ArrayList<>(models);
            met.add(0, new SqlModel(verwijzing.naam(), verwijzing.sql()));
            return List.copyOf(met);
        }
        return models;
    }

    private Tabelafleiding afleiding(String job) {
        return new Tabelafleiding(new TableCatalog(jobsLocation).mappen(job));
    }

    /**
     * Creates the source tables of the job (those the ingest step fills) where they do not exist yet: the SQL of
     * {@code sources/} and the raw table of every form, from its definition ({@link RuweTabellen}).
     */
    public void createSources(Warehouse warehouse, String job, Formulieren formulieren) {
        execute(warehouse, sources(job));
        RuweTabellen.maak(warehouse, formulieren);
    }

    /** {@link #createSources(Warehouse, String, Formulieren)} with the packaged forms. */
    public void createSources(Warehouse warehouse, String job) {
        createSources(warehouse, job, new Formulieren(SchemaSource.embedded()));
    }

    /** The source files of the job. */
    public List<SqlModel> sources(String job) {
        return load(job, "sources/*.sql");
    }

    /**
     * Runs the models of {@code layers} in the order their {@code -- depends:} lines give ({@link ModelOrder}),
     * after checking that order: a model that reads what is not built before it fails before anything runs.
     */
    public void runInOrder(Warehouse warehouse, String job, List<String> layers, Formulieren formulieren) {
        execute(warehouse, order(job, layers, formulieren));
    }

    /**
     * The assertions of the job, queries that return the rows that break them: those derived from the table
     * definitions (unique keys, RIJK sums) and the hand-written ones of {@code jobs/<job>/assertions/*.sql}.
     */
    public List<SqlModel> assertions(String job) {
        List<SqlModel> alle = new ArrayList<>();
        afleiding(job).asserties().forEach(a -> alle.add(new SqlModel(a.naam(), a.sql())));
        alle.addAll(load(job, "assertions/*.sql"));
        return List.copyOf(alle);
    }

    /** The checked run order of the models of {@code layers}; the sources are the job's and each form's raw table. */
    public List<SqlModel> order(String job, List<String> layers, Formulieren formulieren) {
        List<SqlModel> bronnen = new ArrayList<>(sources(job));
        formulieren.alle().forEach(f -> bronnen.add(new SqlModel("formulieren/" + f.naam(), RuweTabellen.ddl(f))));
        return ModelOrder.order(bronnen, layers.stream().map(layer -> models(job, layer)).toList());
    }

    /** Runs every model of the matching layers in order. */
    public void run(Warehouse warehouse, String job, String layerPattern) {
        execute(warehouse, models(job, layerPattern));
    }

    private static void execute(Warehouse warehouse, List<SqlModel> models) {
        dropChangedMaterialisations(warehouse, models);
        for (SqlModel model : models) {
            long begin = System.nanoTime();
            try {
                warehouse.execute(model.sql());
                log.debug("SqlModel {}: {} ms", model.path(), (System.nanoTime() - begin) / 1_000_000);
            } catch (WarehouseException e) {
                throw new WarehouseException("model " + model.path() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static final Pattern CREATE = Pattern.compile(
            "^CREATE OR REPLACE (TABLE|VIEW) (\\w+) AS", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    /**
     * A model may switch between view and table from one release to the next (a view read by many marts becomes a
     * table, say); DuckDB refuses to replace a view by a table or the reverse, so the old object is dropped first.
     * The catalogue query stays here beside the one thing it serves, like the loader's.
     */
    private static void dropChangedMaterialisations(Warehouse warehouse, List<SqlModel> models) {
        java.util.Map<String, String> gewenst = new java.util.HashMap<>();
        for (SqlModel model : models) {
            Matcher m = CREATE.matcher(model.sql());
            if (m.find()) {
                gewenst.put(m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (gewenst.isEmpty()) {
            return;
        }
        record Bestaand(String naam, String soort) {
        }
        List<Bestaand> bestaand = warehouse.jdbc().sql("SELECT table_name, table_type "
                + "FROM information_schema.tables WHERE table_schema = 'main'")
                .query((rs, i) -> new Bestaand(rs.getString("table_name"), rs.getString("table_type"))).list();
        for (Bestaand rij : bestaand) {
            String naam = rij.naam().toLowerCase(java.util.Locale.ROOT);
            String soort = "VIEW".equals(rij.soort()) ? "VIEW" : "TABLE";
            String wil = gewenst.get(naam);
            if (wil != null && !wil.equals(soort)) {
                log.info("SqlModel {} wordt voortaan als {} bewaard; de oude {} is verwijderd", naam,
                        "TABLE".equals(wil) ? "tabel" : "view", "TABLE".equals(soort) ? "tabel" : "view");
                warehouse.execute("DROP " + soort + " " + naam);
            }
        }
    }

    private List<SqlModel> load(String job, String pattern) {
        try {
            Resource[] resources = resolver.getResources(jobsLocation + job + "/" + pattern);
            return Arrays.stream(resources)
                    .map(SqlModels::toModel)
                    .sorted(Comparator.comparing(SqlModel::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list SQL files " + pattern + " of " + job, e);
        }
    }

    private static SqlModel toModel(Resource resource) {
        try {
            String url = resource.getURL().toString();
            String path = resource.getFilename();
            for (String folder : List.of("/models/", "/sources/", "/assertions/", "/tabellen/")) {
                int at = url.lastIndexOf(folder);
                if (at >= 0) {
                    path = url.substring(at + 1);
                    break;
                }
            }
            return new SqlModel(path, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
