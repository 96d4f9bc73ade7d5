package nl.jbr.integriteit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The parameterised queries the Java side runs against the warehouse (ledger reads and writes), kept as
 * files in {@code jobs/<job>/queries/<name>.sql} like the models. The SQL built in Java is what follows from
 * definitions (the raw table of a form, {@code RuweTabellen}; the disclosure mapping and assertions of the tables,
 * {@code tabel/Tabelafleiding}; the select of a table's columns, {@code publish/MartReader}) and two catalogue reads.
 */
public final class SqlQueries {

    private final ResourceLoader loader = new DefaultResourceLoader();
    private final String base;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public SqlQueries(String jobsLocation, String job) {
        this.base = (jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/") + job + "/queries/";
    }

    /** The text of query {@code name} (without {@code .sql}). */
    public String get(String name) {
        return cache.computeIfAbsent(name, n -> {
            Resource resource = loader.getResource(base + n + ".sql");
            try {
                return resource.getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("missing query " + base + n + ".sql", e);
            }
        });
    }
}
