package nl.jbr.integriteit.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.ingest.Terugmeldingen;
import nl.jbr.integriteit.publish.Publisher;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Step {@code publicatie}: the feedback of every present file, then every year (or only {@code --jaar}),
 * each swapped in atomically; last, the fingerprint of what was published.
 */
final class PublicatieTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublicatieTasklet.class);

    private final Terugmeldingen terugmeldingen;
    private final Publisher publisher;
    private final Warehouse warehouse;
    private final Publicatiestand stand;
    private final JbrProperties properties;

    private final Opslag opslag;

    PublicatieTasklet(Terugmeldingen terugmeldingen, Publisher publisher, Warehouse warehouse, Publicatiestand stand,
                      JbrProperties properties, Opslag opslag) {
        this.opslag = opslag;
        this.terugmeldingen = terugmeldingen;
        this.publisher = publisher;
        this.warehouse = warehouse;
        this.stand = stand;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        // what ingestion and computation wrote must be on disk before anything is published
        opslag.vastleggen(Opslag.VOOR_PUBLICATIE);
        if (InnameTasklet.ongewijzigd(context)) {
            return RepeatStatus.FINISHED;
        }
        var step = context.getStepContext().getStepExecution();
        int feedback = terugmeldingen.schrijf(properties.output());
        Long alleenJaar = step.getJobParameters().getLong("jaar");
        String runId = String.valueOf(step.getJobExecutionId());
        int tabellen = 0;
        for (int jaar : publisher.jaren(warehouse)) {
            if (alleenJaar == null || alleenJaar == jaar) {
                publisher.publishYear(warehouse, jaar, properties.output(), runId);
                tabellen += publisher.tables().size();
                log.info("Published {} ({} tables, rijksbreed and per ministry)", jaar, publisher.tables().size());
            }
        }
        contribution.incrementWriteCount(feedback + tabellen);
        var ctx = step.getJobExecution().getExecutionContext();
        ctx.putInt("tabellen.gepubliceerd", tabellen);
        stand.vastleggen(ctx.getString(InnameTasklet.VINGERAFDRUK), step.getJobExecutionId());
        opslag.vastleggen(Opslag.NA_PUBLICATIE);
        return RepeatStatus.FINISHED;
    }
}
