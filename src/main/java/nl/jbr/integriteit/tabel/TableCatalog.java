package nl.jbr.integriteit.tabel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the tables of a job, one folder each ({@code jobs/<job>/tabellen/<id>/}: {@code tabel.json}, the mart model
 * {@code mart_<id>.sql}, and optionally {@code onthulling.sql}), in page order.
 */
public final class TableCatalog {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final String jobsLocation;

    public TableCatalog(String jobsLocation) {
        this.jobsLocation = jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/";
    }

    public List<TableDefinition> tables(String job) {
        return mappen(job).stream().map(Tabelmap::definitie).toList();
    }

    /** One table folder: its definition, and its own disclosure mapping ({@code onthulling.sql}) or null. */
    public record Tabelmap(TableDefinition definitie, String onthulling) {
    }

    public List<Tabelmap> mappen(String job) {
        try {
            List<Tabelmap> tables = new ArrayList<>();
            for (Resource resource : resolver.getResources(jobsLocation + job + "/tabellen/*/tabel.json")) {
                TableDefinition table = mapper.readValue(resource.getContentAsString(StandardCharsets.UTF_8),
                        TableDefinition.class);
                String url = resource.getURL().toString();
                if (!url.endsWith("/" + table.id() + "/tabel.json")) {
                    throw new IllegalStateException("table " + table.id() + " is defined in " + url
                            + ", not in its own folder " + table.id() + "/");
                }
                Resource onthulling = resource.createRelative("onthulling.sql");
                String eigen = onthulling.exists() ? onthulling.getContentAsString(StandardCharsets.UTF_8) : null;
                check(table, eigen != null);
                tables.add(new Tabelmap(table, eigen));
            }
            tables.sort(Comparator.comparingInt((Tabelmap t) -> t.definitie().volgorde())
                    .thenComparing(t -> t.definitie().id()));
            return List.copyOf(tables);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table definitions of " + job, e);
        }
    }

    /**
     * Another definition of the job beside its tables, read as {@code type} (the chapter's layout,
     * {@code hoofdstuk/hoofdstuk.json}, issue 25), or {@code null} when the job has none.
     */
    public <T> T definitie(String job, String pad, Class<T> type) {
        Resource resource = resolver.getResource(jobsLocation + job + "/" + pad);
        if (!resource.exists()) {
            return null;
        }
        try {
            return mapper.readValue(resource.getContentAsString(StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pad + " of " + job, e);
        }
    }

    /** Names end up in a SELECT list and file names: only plain identifiers are allowed. */
    private static void check(TableDefinition table, boolean eigenOnthulling) {
        if (!IDENTIFIER.matcher(table.id()).matches()) {
            throw new IllegalStateException("invalid table id: " + table.id());
        }
        for (TableDefinition.Kolom kolom : table.kolommen()) {
            if (!IDENTIFIER.matcher(kolom.naam()).matches() || !IDENTIFIER.matcher(kolom.martKolom()).matches()) {
                throw new IllegalStateException("invalid column name in " + table.id() + ": " + kolom.naam());
            }
            if (!List.of("string", "integer", "decimal").contains(kolom.datatype())) {
                throw new IllegalStateException("invalid datatype in " + table.id() + ": " + kolom.datatype());
            }
            if (kolom.rol() == TableDefinition.Rol.TELLING && kolom.cel() == null && !eigenOnthulling) {
                throw new IllegalStateException("count " + kolom.naam() + " of " + table.id()
                        + " names no cell and the table has no onthulling.sql: it would not be protected");
            }
            if (kolom.rol() == TableDefinition.Rol.AFGELEID && kolom.uit().isEmpty() && kolom.ook().isEmpty()
                    && !eigenOnthulling) {
                throw new IllegalStateException("derived figure " + kolom.naam() + " of " + table.id()
                        + " names no counts it comes from and the table has no onthulling.sql");
            }
            for (String bron : kolom.uit()) {
                if (table.kolom(bron).rol() != TableDefinition.Rol.TELLING) {
                    throw new IllegalStateException("derived figure " + kolom.naam() + " of " + table.id()
                            + " comes from " + bron + ", which is not a count");
                }
            }
        }
        if (table.grafiek() != null) {
            table.kolomIndex(table.grafiek().labelKolom());
            table.kolomIndex(table.grafiek().waardeKolom());
            if (table.grafiek().reeksKolom() != null) {
                table.kolomIndex(table.grafiek().reeksKolom());
            } else if (table.grafiek().kleineVeelvouden()) {
                throw new IllegalStateException("small multiples without reeksKolom in " + table.id());
            }
        }
    }
}
