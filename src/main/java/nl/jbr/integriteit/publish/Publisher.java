package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.annotation.JsonProperty;

import nl.jbr.integriteit.publish.hoofdstuk.Hoofdstuk;
import nl.jbr.integriteit.publish.pagina.Tabelpagina;
import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.uitvoer.Toegang;
import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
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
        return warehouse.jdbc().sql(queries.get("publicatie_jaren")).query((rs, i) -> rs.getInt("jaar")).list();
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
     * (templates, models, schemas, the application: {@code vingerafdruk/Publicatiestand}), a scope whose files would be made
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
        List<Ministerie> ministeries = ministeries(warehouse, jaar);
        List<Invoerversie> invoer = warehouse.jdbc().sql(queries.get("publicatie_invoerbestanden")).param(jaar)
                .query((rs, i) -> new Invoerversie(rs.getString("ministerie"), rs.getString("formulier"), rs.getInt("versie"),
                        rs.getString("sha256"), rs.getString("ontvangen_op"))).list();
        // every table of the year, all scopes at once: one query per table rather than one per table and scope
        Map<String, Map<String, TableData>> gelezen = new LinkedHashMap<>();
        for (TableDefinition table : tables) {
            gelezen.put(table.id(), reader.read(warehouse, table, jaar, beveiliging.markeringen()));
        }
        Jaarlinks jaarlinks = jaarlinks(warehouse, jaar, runId);
        Path scopesBestand = uitvoer.publicatie().resolve(jaar + ".json");
        List<OngewijzigdeScopes.Scope> scopes = new ArrayList<>();
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
            for (Ministerie ministerie : ministeries) {
                String code = ministerie.code();
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
                    scopes.add(g.scope());
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
                String json = TableFiles.JSON.writeValueAsString(new Publicatieverslag(jaar, runId, scopes)) + "\n";
                AtomicFile.writeText(scopesBestand, out -> out.write(json));
            }
            auditrapport.schrijf(warehouse, jaar, uitvoer, beveiliging, tables.stream().map(TableDefinition::id).toList(), runId);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the year's record under " + uitvoer.beheer(), e);
        }
        log.info("Gepubliceerd: {} ({} ministeries)", published, ministeries.size());
        return published;
    }

    /**
     * A ministry valid in the year (queries/publicatie_ministeries.sql): its code and name, in code-list order. The
     * rijksbrede page links to each as {@code m.code} and {@code m.naam} (public: FreeMarker reads public classes only).
     */
    public record Ministerie(String code, String naam) {
    }

    /**
     * An input version in force behind the year, as the public manifest lists it (queries/publicatie_invoerbestanden.sql):
     * no file name, no row count.
     */
    record Invoerversie(String ministerie, String formulier, int versie, String sha256,
                        @JsonProperty("ontvangen_op") String ontvangenOp) {
    }

    /** BZK's record of a published year, {@code beheer/publicatie/<jaar>.json}: what each scope was made from. */
    record Publicatieverslag(int jaar, @JsonProperty("run_id") String runId, List<OngewijzigdeScopes.Scope> scopes) {
    }

    /** One table of the public manifest: its id and title and the files it was written to. */
    record Manifesttabel(String id, String titel, List<String> bestanden) {
    }

    /** One scope to write: RIJK or a ministry, its tables, where its CSVs and its page go. */
    private record Taak(String scope, List<TableDefinition> tables, String csvPrefix, String pagePrefix,
                        List<Ministerie> ministeries) {
    }

    /** What one scope wrote (paths relative to the year folder), and whether it was copied from the previous publication. */
    private record Geschreven(OngewijzigdeScopes.Scope scope, boolean overgenomen) {
    }

    /**
     * Writes the CSVs of one scope into {@code dir/csvPrefix} and its index.html into {@code dir/pagePrefix}.
     */
    private Geschreven writeScope(Map<String, Map<String, TableData>> gelezen, int jaar, String scope, List<TableDefinition> tables, Path dir,
            String csvPrefix, String pagePrefix, List<Ministerie> ministeries, Jaarlinks jaarlinks,
            Vrijgave vrijgave, String code, OngewijzigdeScopes.Scope vorig, Path vorigeJaarmap) throws IOException {
        List<TableData> alleData = new ArrayList<>();
        for (TableDefinition table : tables) {
            alleData.add(MartReader.of(gelezen.get(table.id()), table, scope));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("jaar", Integer.toString(jaar));
        model.put("rijksbreed", RIJK.equals(scope));
        model.put("scope", scope);
        String naam = RIJK.equals(scope) ? "Rijksoverheid" : ministeries.get(0).naam();
        model.put("naam", naam);
        model.put("bron", TableFiles.BRON);
        model.put("ministeries", RIJK.equals(scope) ? ministeries : List.of());
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
        List<Tabelpagina> tabellen = new ArrayList<>();
        Map<String, Tabelpagina> tabelPerId = new LinkedHashMap<>();
        for (TableData data : alleData) {
            String id = data.definitie().id();
            for (String name : files.write(csvDir, data)) {
                bestanden.computeIfAbsent(id, k -> new ArrayList<>()).add(csvPrefix + name);
            }
            Tabelpagina tabel = page.tabel(data, linkPrefix + id + ".csv");
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
            List<AnderJaar> andere = new ArrayList<>();
            if (!rijk) {
                for (int ander : jarenPerMinisterie.getOrDefault(scope, List.of())) {
                    if (ander != jaar) {
                        andere.add(new AnderJaar(Integer.toString(ander),
                                terug + ander + "/ministeries/" + scope + "/index.html"));
                    }
                }
            }
            model.put("andereJaren", andere);
            model.put("terug", terug);
            model.put("stempel", stempel);
        }
    }

    /** A link from a ministry's year page to its page of another year. */
    public record AnderJaar(String jaar, String href) {
    }

    private Jaarlinks jaarlinks(Warehouse warehouse, int jaar, String runId) {
        List<Integer> jaren = jaren(warehouse);
        Map<String, List<Integer>> perMinisterie = new LinkedHashMap<>();
        for (int j : jaren) {
            for (Ministerie m : ministeries(warehouse, j)) {
                perMinisterie.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(j);
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
            List<Invoerversie> invoer, Beveiliging beveiliging) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("jaar", jaar);
        manifest.putAll(vrijgave.alsManifest());
        manifest.put("gegenereerd_op", Instant.now(clock).toString());
        List<Manifesttabel> tabellen = tables.stream()
                .map(t -> new Manifesttabel(t.id(), t.titel(), bestanden.get(t.id()))).toList();
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
        var uitkomst = warehouse.jdbc().sql(queries.get("onthulling_jaar_lezen")).param(jaar)
                .query((rs, i) -> new Jaaruitkomst(rs.getInt("drempel"), Boolean.TRUE.equals(rs.getObject("geslaagd")),
                        rs.getInt("primair"), rs.getInt("secundair"))).list();
        if (uitkomst.isEmpty() || !uitkomst.get(0).geslaagd()) {
            throw new IllegalStateException("year " + jaar + " has not passed its disclosure audit; it is not published");
        }
        Jaaruitkomst jaarUitkomst = uitkomst.get(0);
        Markeringen markeringen = Markeringen.geen();
        warehouse.jdbc().sql(queries.get("onthulling_gemarkeerd")).param(jaar).query(rs -> {
            markeringen.markeer(rs.getString("tabel"), rs.getString("scope"), rs.getLong("sortering"), rs.getString("kolom"));
        });
        Map<String, Beveiliging.Onderdrukking> perTabel = new LinkedHashMap<>();
        warehouse.jdbc().sql(queries.get("onthulling_per_tabel")).param(jaar).query(rs -> {
            // NULL: no primary cell in the table, or unbounded
            Number interval = (Number) rs.getObject("smalste_interval");
            perTabel.put(rs.getString("tabel"), new Beveiliging.Onderdrukking(rs.getLong("primair"), rs.getLong("secundair"),
                    rs.getLong("afgeleid"), rs.getLong("rijen_achtergehouden"), interval == null ? null : interval.doubleValue()));
        });
        return new Beveiliging(jaarUitkomst.drempel(), jaarUitkomst.primair(), jaarUitkomst.secundair(), markeringen, perTabel);
    }

    /** The audit result of a year (queries/onthulling_jaar_lezen.sql). */
    private record Jaaruitkomst(int drempel, boolean geslaagd, int primair, int secundair) {
    }

    /** The ministries valid in {@code jaar}, in code-list order. */
    private List<Ministerie> ministeries(Warehouse warehouse, int jaar) {
        return warehouse.jdbc().sql(queries.get("publicatie_ministeries")).param(jaar)
                .query((rs, i) -> new Ministerie(rs.getString("ministerie"), rs.getString("naam"))).list();
    }
}
