package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import nl.jbr.integriteit.tabel.Cel;
import nl.jbr.integriteit.tabel.Geheim;
import nl.jbr.integriteit.tabel.TableDefinition;
import nl.jbr.integriteit.tabel.TableData;
import nl.jbr.integriteit.uitvoer.SafeCsv;

/**
 * Writes one table as CSV (contract 6: UTF-8, {@code ,}, {@code .} decimals, header row, through
 * {@link SafeCsv}) and its CSV on the Web metadata ({@code <id>.csv-metadata.json}).
 */
public final class TableFiles {

    static final String BRON = "Bron: registraties integriteitsschendingen van de ministeries, bewerking BZK";

    /** The JSON of the publication (manifest, CSVW metadata); {@link OngewijzigdeScopes} reads manifests with it. */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Writes {@code <dir>/<id>.csv} and {@code <dir>/<id>.csv-metadata.json}; returns both file names. */
    public List<String> write(Path dir, TableData data) {
        TableDefinition table = data.definitie();
        String csvName = table.id() + ".csv";
        String metadataName = csvName + "-metadata.json";
        try {
            Files.createDirectories(dir);
            Set<Integer> numeric = new HashSet<>();
            for (int i = 0; i < table.kolommen().size(); i++) {
                if (table.kolommen().get(i).numeriek()) {
                    numeric.add(i);
                }
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve(csvName), StandardCharsets.UTF_8);
                 SafeCsv csv = new SafeCsv(out, table.kolomNamen(), numeric)) {
                for (List<Cel> row : data.rijen()) {
                    List<Object> cells = new ArrayList<>(row.size());
                    for (Cel cel : row) {
                        cells.add(switch (cel.soort()) {
                            case AANTAL -> ((Cel.Aantal) cel).getal();
                            case DECIMAAL -> ((Cel.Decimaal) cel).getal().toPlainString();
                            case TEKST -> ((Cel.Tekst) cel).tekst();
                            case VERBORGEN -> Geheim.X;
                            case LEEG -> null;
                        });
                    }
                    csv.row(cells);
                }
            }
            writeJson(dir.resolve(metadataName), csvw(table, csvName));
            return List.of(csvName, metadataName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write table " + table.id() + " to " + dir, e);
        }
    }

    /** The CSVW metadata document (W3C "Metadata Vocabulary for Tabular Data"). */
    static CsvwMetadata csvw(TableDefinition table, String csvName) {
        List<Column> columns = new ArrayList<>();
        for (TableDefinition.Kolom kolom : table.kolommen()) {
            // the W3C rules match each CSV header cell (the column name) against its column's titles; the Dutch label
            // a reader sees stays a title too
            Object titles = kolom.naam().equals(kolom.titel()) ? kolom.titel() : List.of(kolom.naam(), kolom.titel());
            columns.add(new Column(kolom.naam(), titles, kolom.datatype(),
                    kolom.eenheid() == null ? null : "eenheid: " + kolom.eenheid(),
                    // an empty cell: no opgave; x: geheim (disclosure control, contract 8)
                    kolom.numeriek() ? List.of("", Geheim.MARK) : null));
        }
        return new CsvwMetadata(List.of("http://www.w3.org/ns/csvw", new Language("nl")), csvName, table.titel(), "nl", BRON,
                table.voetnoten(), new Dialect(",", "utf-8", true), new TableSchema(columns));
    }

    /** A CSVW metadata document, its properties in the order written. */
    record CsvwMetadata(@JsonProperty("@context") List<Object> context, String url, @JsonProperty("dc:title") String title,
                        @JsonProperty("dc:language") String language, @JsonProperty("dc:source") String source,
                        @JsonProperty("dc:description") List<String> description, Dialect dialect,
                        TableSchema tableSchema) {
    }

    /** The default language of the document's texts (in {@code @context}). */
    record Language(@JsonProperty("@language") String language) {
    }

    /** How the CSV is written. */
    record Dialect(String delimiter, String encoding, boolean header) {
    }

    /** The CSV's columns. */
    record TableSchema(List<Column> columns) {
    }

    /**
     * One column: its name (the CSV header cell), its titles (one text, or the name and the Dutch label), its datatype,
     * its unit ({@code null}: none, left out) and what stands for no number ({@code null}: not a numeric column, left out).
     */
    record Column(String name, Object titles, String datatype,
                  @JsonProperty("dc:description") @JsonInclude(JsonInclude.Include.NON_NULL) String description,
                  @JsonProperty("null") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> nulls) {
    }

    static void writeJson(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
    }
}
