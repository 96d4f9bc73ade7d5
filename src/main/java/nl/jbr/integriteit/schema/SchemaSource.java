package nl.jbr.integriteit.schema;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import nl.jbr.integriteit.instellingen.JbrProperties;

/**
 * Reads the machine-readable form definitions and code lists of {@code input-schemas/}: UTF-8 CSV
 * files with a header row and {@code ,} as separator. The location is {@code jbr.schemas} (by default
 * the copy inside the jar), so BZK can point at an edited folder without a release.
 */
public final class SchemaSource {

    private final ResourceLoader loader;
    private final String location;

    public SchemaSource(ResourceLoader loader, String location) {
        this.loader = loader;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    public SchemaSource(JbrProperties properties) {
        this(new DefaultResourceLoader(), properties.schemas());
    }

    /** The schemas packaged with the application (for tests and tools). */
    public static SchemaSource embedded() {
        return new SchemaSource(new DefaultResourceLoader(), "classpath:input-schemas/");
    }

    /**
     * All rows of {@code name} (relative to the schemas location) as column-to-value maps, in file
     * order. Empty cells are empty strings.
     */
    public List<Map<String, String>> rows(String name) {
        return rows(loader.getResource(location + name), name);
    }

    /**
     * Like {@link #rows}, but a file that an edited schemas folder does not have (because it was copied before the
     * file existed) is read from the packaged schemas instead, so that an older edited folder keeps working.
     */
    public List<Map<String, String>> rowsOrPackaged(String name) {
        Resource resource = loader.getResource(location + name);
        return rows(resource.exists() ? resource : new DefaultResourceLoader().getResource("classpath:input-schemas/" + name), name);
    }

    private List<Map<String, String>> rows(Resource resource, String name) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema file " + location + name, e);
        }
    }
}
