package nl.jbr.integriteit.warehouse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.instellingen.JbrProperties;

/**
 * Step {@code berekening}: reference data and all SQL models, from staging to the marts; then which present files
 * count ({@link Bestandentelling}).
 */
public final class BerekeningTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BerekeningTasklet.class);

    private final MartBuilder marts;
    private final Warehouse warehouse;
    private final JbrProperties properties;
    private final SqlQueries queries;

    public BerekeningTasklet(MartBuilder marts, Warehouse warehouse, JbrProperties properties, SqlQueries queries) {
        this.marts = marts;
        this.queries = queries;
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        log.info("Modellen worden berekend (staging, intermediate, marts)");
        marts.build(warehouse, properties.onthulling().drempel());
        log.info("Modellen berekend");
        Bestandentelling.van(warehouse, queries)
                .vastleggen(context.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }
}
