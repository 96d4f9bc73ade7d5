package nl.jbr.integriteit.publish;

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

/** Reads the table definitions of a job ({@code jobs/<job>/tables/*.json}), in page order. */
public final class TableCatalog {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final String jobsLocation;

    public TableCatalog(String jobsLocation) {
        this.jobsLocation = jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/";
    }

    public List<TableDefinition> tables(String job) {
        try {
            List<TableDefinition> tables = new ArrayList<>();
            for (Resource resource : resolver.getResources(jobsLocation + job + "/tables/*.json")) {
                TableDefinition table = mapper.readValue(resource.getContentAsString(StandardCharsets.UTF_8),
                        TableDefinition.class);
                check(table);
                tables.add(table);
            }
            tables.sort(Comparator.comparingInt(TableDefinition::volgorde).thenComparing(TableDefinition::id));
            return List.copyOf(tables);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table definitions of " + job, e);
        }
    }

    /**
     * The layout of the job's chapter ({@code jobs/<job>/hoofdstuk/hoofdstuk.json}, issue 25), or {@code null} when the
     * job has none.
     */
    public nl.jbr.integriteit.publish.hoofdstuk.Hoofdstuk.Indeling hoofdstuk(String job) {
        Resource resource = resolver.getResource(jobsLocation + job + "/hoofdstuk/hoofdstuk.json");
        if (!resource.exists()) {
            return null;
        }
        try {
            return mapper.readValue(resource.getContentAsString(StandardCharsets.UTF_8),
                    nl.jbr.integriteit.publish.hoofdstuk.Hoofdstuk.Indeling.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chapter layout of " + job, e);
        }
    }

    /** Names end up in a SELECT list and file names: only plain identifiers are allowed. */
    private static void check(TableDefinition table) {
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
        }
        if (table.grafiek() != null) {
            table.kolomIndex(table.grafiek().labelKolom());
            table.kolomIndex(table.grafiek().waardeKolom());
            if (table.grafiek().reeksKolom() != null) {
                table.kolomIndex(table.grafiek().reeksKolom());
            }
        }
    }
}
