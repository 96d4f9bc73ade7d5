package nl.jbr.integriteit.terugmelding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.warehouse.Bestandentelling;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.vingerafdruk.Publicatiestand;

/**
 * Step {@code terugmelding} of a feedback-only run: the models, then the feedback of every present file; nothing is
 * published (the tables follow on the nightly schedule, so nobody sees half a day's corrections in a table). A case
 * withheld from the public overview is named in the feedback as the last disclosure control decided.
 */
public final class TerugmeldingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(TerugmeldingTasklet.class);

    private final Terugmeldingen terugmeldingen;
    private final Publicatiestand stand;
    private final MartBuilder marts;
    private final Warehouse warehouse;
    private final JbrProperties properties;
    private final SqlQueries queries;

    public TerugmeldingTasklet(Terugmeldingen terugmeldingen, MartBuilder marts, Warehouse warehouse, Publicatiestand stand,
                        JbrProperties properties, SqlQueries queries) {
        this.queries = queries;
        this.terugmeldingen = terugmeldingen;
        this.stand = stand;
        this.marts = marts;
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        // the feedback reads the versions in force from the staging models: compute them (nothing is published)
        marts.build(warehouse, properties.onthulling().drempel());
        Bestandentelling.van(warehouse, queries)
                .vastleggen(context.getStepContext().getStepExecution().getJobExecution().getExecutionContext());
        // only the files whose feedback changed are written again (the others' pages say it already)
        int aantal = terugmeldingen.schrijf(properties.output(), "", stand.codeVingerafdruk(properties.onthulling().drempel()));
        properties.toegang().herstel();
        contribution.incrementWriteCount(aantal);
        log.info("Terugmelding geschreven voor {} bestanden; de tabellen volgen bij de nachtelijke run", aantal);
        return RepeatStatus.FINISHED;
    }
}
