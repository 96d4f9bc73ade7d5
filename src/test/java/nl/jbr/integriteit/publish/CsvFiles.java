package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a published CSV back: all records, header first, as lists of strings. */
final class CsvFiles {

    private CsvFiles() {
    }

    static List<List<String>> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        }
    }

    /** The data row whose first cell is {@code key}. */
    static List<String> row(List<List<String>> rows, String key) {
        return rows.stream().skip(1).filter(r -> r.get(0).equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key));
    }

    /** The first cells of the data rows, in order. */
    static List<String> keys(List<List<String>> rows) {
        return rows.stream().skip(1).map(r -> r.get(0)).toList();
    }
}
