package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.publish.hoofdstuk.Hoofdstuk;
import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.uitvoer.Toegang;
import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.uitvoer.ParallelTasks;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;
import nl.jbr.integriteit.vaststelling.Vrijgave;

/**
 * Publishes the integrity tables computed in the warehouse (the marts, see
 * {@link nl.jbr.integriteit.warehouse.MartBuilder}) one year at a time to {@code <output>/openbaar/<jaar>/}:
 * <pre>
 *   index.html                         rijksbrede tables for people
 *   rijk/&lt;table&gt;.csv (+ .csv-metadata.json)
 *   ministeries/&lt;CODE&gt;/index.html, &lt;table&gt;.csv (+ metadata)   the per-ministry set
 *   manifest.json                      release state, time, tables, input versions in force (no file names, no counts)
 * </pre>
 * Every table file is a function of the warehouse contents alone, so identical input gives identical bytes; the
 * pages add when and by which run they were made and the release state, the manifest its time. What each scope was
 * made from ({@link OngewijzigdeScopes}) and the disclosure audit ({@link Auditrapport}) go to {@code beheer/}.
 */
public final class Publisher {

    static final String RIJK = "RIJK";

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);

    private final SqlQueries queries;
    private final TableCatalog catalog;
    private final Templates templates;
    private final Clock clock;
    private final MartReader reader = new MartReader();
    private final TableFiles files = new TableFiles();
    private final HtmlPage page = new HtmlPage();
    private final AtomicYearDirectory atomic = new AtomicYearDirectory();
    private final Tabellenwerkmap werkmap = new Tabellenwerkmap();
    private final Auditrapport auditrapport;
    private final Hoofdstuk hoofdstuk;

    public Publisher(SqlQueries queries, TableCatalog catalog, Templates templates, Clock clock) {
        this(queries, catalog, templates, clock, true);
    }

    /**
     * As the four-argument constructor; {@code hoofdstuk} false leaves the chapter (issue 25) out, for tests of the
     * tables that publish a year many times and need not render its PDF each time.
     */
    public Publisher(SqlQueries queries, TableCatalog catalog, Templates templates, Clock clock, boolean hoofdstuk) {
        this.queries = queries;
        this.catalog = catalog;
        this.templates = templates;
        this.clock = clock;
        this.auditrapport = new Auditrapport(queries);
        Hoofdstuk.Indeling indeling = hoofdstuk ? catalog.definitie(SqlModels.JOB, "hoofdstuk/hoofdstuk.json", Hoofdstuk.Indeling.class) : null;
        this.hoofdstuk = indeling == null ? null : new Hoofdstuk(templates, SqlModels.JOB, indeling);
    }

    /** The years to publish (those present in the drop folder), ascending. */
    public List<Integer> jaren(Warehouse warehouse) {
        List<Integer> jaren = new ArrayList<>();
        for (Map<String, Object> row : query(warehouse, queries.get("publicatie_jaren"))) {
            jaren.add(((Number) row.get("jaar")).intValue());
        }
        return jaren;
    }

    /** The table definitions, in page order. */
    public List<TableDefinition> tables() {
        return catalog.tables(SqlModels.JOB);
    }

    /**
     * Writes {@code <outputRoot>/openbaar/<jaar>/} completely, voorlopig, then swaps it in (see
     * {@link AtomicYearDirectory}). Build the marts first ({@link nl.jbr.integriteit.warehouse.MartBuilder}).
     *
     * @return the published year directory
     */
    public Path publish(Warehouse warehouse, int jaar, Path outputRoot, String runId) {
        return publish(warehouse, jaar, outputRoot, runId, null, Vrijgave.NU_VOORLOPIG);
    }

    /**
     * As {@link #publish(Warehouse, int, Path, String)}, with the year's release state on its pages and in its
     * manifest. With {@code codeVingerafdruk}, the fingerprint of everything the files are made with besides the rows
     * (templates, models, schemas, the application: {@code run/Publicatiestand}), a scope whose files would be made
     * from exactly what made them in the year's current publication is copied from there instead of made again
     * ({@link OngewijzigdeScopes}). {@code null}: every scope is made. The public folder gets the tables, pages,
     * workbooks and a manifest without anything from which a hidden count follows; {@code beheer/} gets the disclosure
     * audit report of the year ({@link Auditrapport}) and what each scope was made from.
     */
    public Path publish(Warehouse warehouse, int jaar, Path outputRoot, String runId, String codeVingerafdruk,
                        Vrijgave vrijgave) {
        Uitvoermappen uitvoer = new Uitvoermappen(outputRoot);
        Beveiliging beveiliging = beveiliging(warehouse, jaar);
        List<TableDefinition> tables = tables().stream().map(t -> t.metVoetnoot(beveiliging.voetnoot())).toList();
        List<Map<String, Object>> ministeries = query(warehouse, queries.get("publicatie_ministeries"), jaar);
        List<Map<String, Object>> invoer = query(warehouse, queries.get("publicatie_invoerbestanden"), jaar);
        // every table of the year, all scopes at once: one query per table rather than one per table and scope
        Map<String, Map<String, TableData>> gelezen = new LinkedHashMap<>();
        for (TableDefinition table : tables) {
            gelezen.put(table.id(), reader.read(warehouse, table, jaar, beveiliging.markeringen()));
        }
        Jaarlinks jaarlinks = jaarlinks(warehouse, jaar, runId);
        Path scopesBestand = uitvoer.publicatie().resolve(jaar + ".json");
        List<Map<String, Object>> scopes = new ArrayList<>();
        Path published = atomic.publish(uitvoer.openbaar(), jaar, runId, dir -> {
            // the year as it is published now (the atomic swap has restored it if a crash left it aside)
            Path vorigeJaarmap = uitvoer.jaar(jaar);
            Map<String, OngewijzigdeScopes.Scope> vorige = codeVingerafdruk == null ? Map.of() : OngewijzigdeScopes.lees(scopesBestand);
            // the scopes write separate folders from what was read above, so they are written side by side; what they
            // wrote is collected in scope order, so the manifest does not depend on which finished first
            List<Taak> taken = new ArrayList<>();
            taken.add(new Taak(RIJK, tables, "rijk/", "", ministeries));
            List<String> paginas = new ArrayList<>();
            paginas.add("index.html");
            List<TableDefinition> eigen = tables.stream().filter(TableDefinition::perMinisterie).toList();
            for (Map<String, Object> ministerie : ministeries) {
                String code = (String) ministerie.get("ministerie");
                if (!code.matches("[A-Za-z0-9]+")) {
                    throw new IllegalStateException("ministry code not usable as a folder name: " + code);
                }
                String prefix = "ministeries/" + code + "/";
                taken.add(new Taak(code, eigen, prefix, prefix, List.of(ministerie)));
                paginas.add(prefix + "index.html");
            }
            List<Geschreven> geschreven;
            try (ParallelTasks<Geschreven> parallel = new ParallelTasks<>("publicatie")) {
                for (Taak t : taken) {
                    parallel.submit(() -> writeScope(gelezen, jaar, t.scope(), t.tables(), dir, t.csvPrefix(),
                            t.pagePrefix(), t.ministeries(), jaarlinks, vrijgave, codeVingerafdruk, vorige.get(t.scope()),
                            vorigeJaarmap));
                }
                geschreven = parallel.awaitAll();
            }
            Map<String, List<String>> bestanden = new LinkedHashMap<>();
            tables.forEach(t -> bestanden.put(t.id(), new ArrayList<>()));
            List<String> werkmappen = new ArrayList<>();
            List<String> hoofdstukken = new ArrayList<>();
            int overgenomen = 0;
            for (Geschreven g : geschreven) {
                g.scope().bestanden().forEach((tabel, namen) -> bestanden.get(tabel).addAll(namen));
                werkmappen.addAll(g.scope().werkmappen());
                hoofdstukken.addAll(g.scope().hoofdstuk());
                g.scope().hoofdstuk().stream().filter(n -> n.endsWith(".html")).forEach(paginas::add);
                overgenomen += g.overgenomen() ? 1 : 0;
                if (codeVingerafdruk != null) {
                    scopes.add(g.scope().alsManifest());
                }
            }
            writeManifest(dir, jaar, vrijgave, tables, bestanden, paginas, werkmappen, hoofdstukken, invoer, beveiliging);
            Toegang.openbaar(dir); // readable by everyone the moment it is swapped in, whatever the umask
            if (overgenomen > 0) {
                log.info("{}: {} van de {} sets tabellen ongewijzigd overgenomen uit de vorige publicatie", jaar, overgenomen,
                        geschreven.size());
            }
        });
        try {
            // BZK's own record of the year: what each scope was made from (to reuse it), and the disclosure audit
            GeweigerdPad.maakMappen(outputRoot, uitvoer.publicatie());
            if (scopes.isEmpty()) {
                Files.deleteIfExists(scopesBestand);
            } else {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("jaar", jaar);
                record.put("run_id", runId);
                record.put("scopes", scopes);
                String json = TableFiles.JSON.writeValueAsString(record) + "\n";
                AtomicFile.writeText(scopesBestand, out -> out.write(json));
            }
            auditrapport.schrijf(warehouse, jaar, uitvoer, beveiliging, tables.stream().map(TableDefinition::id).toList(), runId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the year's record under " + uitvoer.beheer(), e);
        }
        log.info("Gepubliceerd: {} ({} ministeries)", published, ministeries.size());
        return published;
    }

    /** One scope to write: RIJK or a ministry, its tables, where its CSVs and its page go. */
    private record Taak(String scope, List<TableDefinition> tables, String csvPrefix, String pagePrefix,
                        List<Map<String, Object>> ministeries) {
    }

    /** What one scope wrote (paths relative to the year folder), and whether it was copied from the previous publication. */
    private record Geschreven(OngewijzigdeScopes.Scope scope, boolean overgenomen) {
    }

    /**
     * Writes the CSVs of one scope into {@code dir/csvPrefix} and its index.html into {@code dir/pagePrefix}.
     */
    private Geschreven writeScope(Map<String, Map<String, TableData>> gelezen, int jaar, String scope, List<TableDefinition> tables, Path dir,
            String csvPrefix, String pagePrefix, List<Map<String, Object>> ministeries, Jaarlinks jaarlinks,
            Vrijgave vrijgave, String code, OngewijzigdeScopes.Scope vorig, Path vorigeJaarmap) throws IOException {
        List<TableData> alleData = new ArrayList<>();
        for (TableDefinition table : tables) {
            alleData.add(MartReader.of(gelezen.get(table.id()), table, scope));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jaar", Integer.toString(jaar));
        model.put("rijksbreed", RIJK.equals(scope));
        model.put("scope", scope);
        String naam = RIJK.equals(scope) ? "Rijksoverheid" : (String) ministeries.get(0).get("naam");
        model.put("naam", naam);
        model.put("bron", TableFiles.BRON);
        List<Map<String, String>> links = new ArrayList<>();
        if (RIJK.equals(scope)) {
            for (Map<String, Object> ministerie : ministeries) {
                links.add(Map.of("code", (String) ministerie.get("ministerie"), "naam", (String) ministerie.get("naam")));
            }
        }
        model.put("ministeries", links);
        jaarlinks.vulAan(model, scope);
        model.put("vrijgave", vrijgave.alsModel());
        String vingerafdruk = null;
        if (code != null) {
            Map<String, Object> pagina = new LinkedHashMap<>(model);
            pagina.remove("stempel"); // when and by which run: not what the page is made from
            pagina.put("csv", csvPrefix);
            pagina.put("pagina", pagePrefix);
            pagina.put("metHoofdstuk", RIJK.equals(scope) && hoofdstuk != null); // its files are the scope's too
            vingerafdruk = OngewijzigdeScopes.vingerafdruk(code, jaar, scope, pagina, alleData);
            if (vorig != null && vingerafdruk.equals(vorig.vingerafdruk())) {
                var overgenomen = OngewijzigdeScopes.kopieer(vorig, vorigeJaarmap, dir);
                if (overgenomen.isPresent()) {
                    return new Geschreven(overgenomen.get(), true);
                }
            }
        }
        Map<String, List<String>> bestanden = new LinkedHashMap<>();
        List<String> werkmappen = new ArrayList<>();
        Path csvDir = dir.resolve(csvPrefix);
        // Links from the page to its CSVs are relative to the page's own folder.
        String linkPrefix = csvPrefix.substring(pagePrefix.length());
        List<Map<String, Object>> tabellen = new ArrayList<>();
        Map<String, Map<String, Object>> tabelPerId = new LinkedHashMap<>();
        for (TableData data : alleData) {
            String id = data.definitie().id();
            for (String name : files.write(csvDir, data)) {
                bestanden.computeIfAbsent(id, k -> new ArrayList<>()).add(csvPrefix + name);
            }
            Map<String, Object> tabel = page.tabel(data, linkPrefix + id + ".csv");
            tabellen.add(tabel);
            tabelPerId.put(id, tabel);
        }
        model.put("tabellen", tabellen);
        Path pageDir = dir.resolve(pagePrefix);
        Files.createDirectories(pageDir);
        // the rijksbrede chapter (issue 25): text and tables from exactly these published rows, beside the year page
        List<String> hoofdstukNamen = new ArrayList<>();
        if (RIJK.equals(scope) && hoofdstuk != null) {
            for (String bestand : hoofdstuk.schrijf(pageDir, jaar, alleData, tabelPerId, vrijgave, linkPrefix, TableFiles.BRON)) {
                hoofdstukNamen.add(pagePrefix + bestand);
            }
        }
        model.put("hoofdstuk", hoofdstukNamen);
        // the scope's tables as one workbook (.xlsx and .ods), beside its page
        List<String> werkmapNamen = werkmap.schrijf(pageDir, Tabellenwerkmap.bestandsnaam(jaar, RIJK.equals(scope) ? null : scope),
                jaar, naam, TableFiles.BRON, alleData);
        werkmapNamen.forEach(w -> werkmappen.add(pagePrefix + w));
        model.put("werkmappen", werkmapNamen);
        try (java.io.Writer html = Files.newBufferedWriter(pageDir.resolve("index.html"), StandardCharsets.UTF_8)) {
            templates.render(SqlModels.JOB + "/templates/index.ftlh", model, html);
        }
        String paginaPad = pagePrefix + "index.html";
        Map<String, String> sha256 = Map.of();
        if (code != null) {
            List<String> alle = new ArrayList<>();
            bestanden.values().forEach(alle::addAll);
            alle.addAll(werkmappen);
            alle.addAll(hoofdstukNamen);
            alle.add(paginaPad);
            sha256 = OngewijzigdeScopes.checksums(dir, alle);
        }
        return new Geschreven(new OngewijzigdeScopes.Scope(scope, vingerafdruk, bestanden, werkmappen, paginaPad, hoofdstukNamen,
                sha256), false);
    }

    /**
     * The links of a year page to the other years (issue 13 item 3): the rijksbrede page to the previous and next
     * year, a ministry page to the same ministry's pages of the other years; and the line saying when and by which
     * run the page was made.
     */
    private record Jaarlinks(int jaar, List<Integer> jaren, Map<String, List<Integer>> jarenPerMinisterie, String stempel) {

        void vulAan(Map<String, Object> model, String scope) {
            boolean rijk = RIJK.equals(scope);
            String terug = rijk ? "../" : "../../../";
            int i = jaren.indexOf(jaar);
            model.put("vorigJaar", i > 0 ? Integer.toString(jaren.get(i - 1)) : "");
            model.put("volgendJaar", i >= 0 && i + 1 < jaren.size() ? Integer.toString(jaren.get(i + 1)) : "");
            List<Map<String, String>> andere = new ArrayList<>();
            if (!rijk) {
                for (int ander : jarenPerMinisterie.getOrDefault(scope, List.of())) {
                    if (ander != jaar) {
                        andere.add(Map.of("jaar", Integer.toString(ander),
                                "href", terug + ander + "/ministeries/" + scope + "/index.html"));
                    }
                }
            }
            model.put("andereJaren", andere);
            model.put("terug", terug);
            model.put("stempel", stempel);
        }
    }

    private Jaarlinks jaarlinks(Warehouse warehouse, int jaar, String runId) {
        List<Integer> jaren = jaren(warehouse);
        Map<String, List<Integer>> perMinisterie = new LinkedHashMap<>();
        for (int j : jaren) {
            for (Map<String, Object> m : query(warehouse, queries.get("publicatie_ministeries"), j)) {
                perMinisterie.computeIfAbsent((String) m.get("ministerie"), k -> new ArrayList<>()).add(j);
            }
        }
        String stempel = HtmlPage.stempel(java.time.LocalDateTime.ofInstant(Instant.now(clock), java.time.ZoneId.systemDefault()),
                runId);
        return new Jaarlinks(jaar, jaren, perMinisterie, stempel);
    }

    /**
     * The public manifest: what the year holds and what it was made from, as far as publishers need it (ministry,
     * form, version, checksum, date received of every input version in force). Nothing from which a hidden count
     * follows: no file names, no row counts per file, no counts of hidden cells, no intervals (those are in
     * {@code beheer/}, {@link Auditrapport}).
     */
    private void writeManifest(Path dir, int jaar, Vrijgave vrijgave, List<TableDefinition> tables,
            Map<String, List<String>> bestanden, List<String> paginas, List<String> werkmappen, List<String> hoofdstuk,
            List<Map<String, Object>> invoer, Beveiliging beveiliging) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("jaar", jaar);
        manifest.putAll(vrijgave.alsManifest());
        manifest.put("gegenereerd_op", Instant.now(clock).toString());
        List<Map<String, Object>> tabellen = new ArrayList<>();
        for (TableDefinition table : tables) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", table.id());
            entry.put("titel", table.titel());
            entry.put("bestanden", bestanden.get(table.id()));
            tabellen.add(entry);
        }
        manifest.put("onthulling", beveiliging.openbaar());
        manifest.put("tabellen", tabellen);
        manifest.put("paginas", paginas);
        manifest.put("werkmappen", werkmappen);
        manifest.put("hoofdstuk", hoofdstuk);
        manifest.put("invoer", invoer);
        TableFiles.writeJson(dir.resolve("manifest.json"), manifest);
    }

    /**
     * What disclosure control decided for the year: the threshold, the marks, and per table how many cells it
     * hid. A year it has not audited, or whose audit failed, is never published.
     */
    private Beveiliging beveiliging(Warehouse warehouse, int jaar) {
        List<Map<String, Object>> uitkomst = query(warehouse, queries.get("onthulling_jaar_lezen"), jaar);
        if (uitkomst.isEmpty() || !Boolean.TRUE.equals(uitkomst.get(0).get("geslaagd"))) {
            throw new IllegalStateException("year " + jaar + " has not passed its disclosure audit; it is not published");
        }
        Map<String, Object> jaarUitkomst = uitkomst.get(0);
        int drempel = ((Number) jaarUitkomst.get("drempel")).intValue();
        Markeringen markeringen = Markeringen.geen();
        for (Map<String, Object> cel : query(warehouse, queries.get("onthulling_gemarkeerd"), jaar)) {
            markeringen.markeer((String) cel.get("tabel"), (String) cel.get("scope"), ((Number) cel.get("sortering")).longValue(),
                    (String) cel.get("kolom"));
        }
        Map<String, Map<String, Object>> perTabel = new LinkedHashMap<>();
        for (Map<String, Object> rij : query(warehouse, queries.get("onthulling_per_tabel"), jaar)) {
            Map<String, Object> telling = new LinkedHashMap<>(rij);
            telling.remove("tabel");
            perTabel.put((String) rij.get("tabel"), telling);
        }
        return new Beveiliging(drempel, ((Number) jaarUitkomst.get("primair")).intValue(),
                ((Number) jaarUitkomst.get("secundair")).intValue(), markeringen, perTabel);
    }

    /** Runs a query of {@code jobs/<job>/queries/} with its parameters and returns its rows as column-to-value maps. */
    private static List<Map<String, Object>> query(Warehouse warehouse, String sql, Object... parameters) {
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int n = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) {
                        Object value = result.getObject(i);
                        row.put(result.getMetaData().getColumnLabel(i),
                                value instanceof java.math.BigInteger big ? big.longValueExact() : value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new WarehouseException("query failed: " + e.getMessage(), e);
        }
    }
}
