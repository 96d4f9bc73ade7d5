package nl.jbr.integriteit.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs the SQL models of a job folder in order. Models live in
 * {@code jobs/<job>/models/<layer>/<model>.sql}; layers run in name order (00_raw, 01_macros,
 * 10_staging, 20_normalised, 30_marts), models within a layer in name order.
 */
public final class SqlModels {

    private static final Logger log = LoggerFactory.getLogger(SqlModels.class);

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String jobsLocation;

    public SqlModels(String jobsLocation) {
        this.jobsLocation = jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/";
    }

    /** The models of one layer ({@code layerPattern} like {@code "00_raw"} or {@code "*"}), sorted. */
    public List<Model> models(String job, String layerPattern) {
        try {
            Resource[] resources = resolver.getResources(jobsLocation + job + "/models/" + layerPattern + "/*.sql");
            return Arrays.stream(resources)
                    .map(SqlModels::toModel)
                    .sorted(Comparator.comparing(Model::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list SQL models of " + job, e);
        }
    }

    /** Runs every model of the matching layers in order. */
    public void run(Warehouse warehouse, String job, String layerPattern) {
        for (Model model : models(job, layerPattern)) {
            log.debug("Running model {}", model.path());
            try {
                warehouse.execute(model.sql());
            } catch (WarehouseException e) {
                throw new WarehouseException("model " + model.path() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private static Model toModel(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.indexOf("/models/");
            String path = at >= 0 ? url.substring(at + "/models/".length()) : resource.getFilename();
            return new Model(path, resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One SQL model: its path below {@code models/} (e.g. {@code 30_marts/mart_uitkomst.sql}) and text. */
    public record Model(String path, String sql) {
    }
}
