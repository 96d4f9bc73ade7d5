package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    static Map<String, Object> csvw(TableDefinition table, String csvName) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", List.of("http://www.w3.org/ns/csvw", Map.of("@language", "nl")));
        doc.put("url", csvName);
        doc.put("dc:title", table.titel());
        doc.put("dc:language", "nl");
        doc.put("dc:source", BRON);
        doc.put("dc:description", table.voetnoten());
        Map<String, Object> dialect = new LinkedHashMap<>();
        dialect.put("delimiter", ",");
        dialect.put("encoding", "utf-8");
        dialect.put("header", true);
        doc.put("dialect", dialect);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (TableDefinition.Kolom kolom : table.kolommen()) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", kolom.naam());
            // the W3C rules match each CSV header cell (the column name) against its column's titles; the Dutch label
            // a reader sees stays a title too
            column.put("titles", kolom.naam().equals(kolom.titel()) ? kolom.titel() : List.of(kolom.naam(), kolom.titel()));
            column.put("datatype", kolom.datatype());
            if (kolom.eenheid() != null) {
                column.put("dc:description", "eenheid: " + kolom.eenheid());
            }
            if (kolom.numeriek()) {
                // an empty cell: no opgave; x: geheim (disclosure control, contract 8)
                column.put("null", List.of("", Geheim.MARK));
            }
            columns.add(column);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("columns", columns);
        doc.put("tableSchema", schema);
        return doc;
    }

    static void writeJson(Path file, Object value) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(value) + "\n", StandardCharsets.UTF_8);
    }
}
