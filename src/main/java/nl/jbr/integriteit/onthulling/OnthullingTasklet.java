package nl.jbr.integriteit.onthulling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.onthulling.JaarUitkomst;
import nl.jbr.integriteit.onthulling.Onthullingsbeheersing;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.vingerafdruk.Publicatiestand;

/**
 * Step {@code onthulling}: disclosure control of every year (contract 8): which cells are hidden, and whether
 * the audit lets each year be published. Recorded in the warehouse for the publicatie step. A year made from the
 * same cells, versions and code as its recorded plan keeps it (the code's fingerprint is the publication's).
 */
public final class OnthullingTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OnthullingTasklet.class);

    private final Onthullingsbeheersing onthulling;
    private final Warehouse warehouse;
    private final Publicatiestand stand;
    private final JbrProperties properties;

    public OnthullingTasklet(Onthullingsbeheersing onthulling, Warehouse warehouse, Publicatiestand stand,
            JbrProperties properties) {
        this.onthulling = onthulling;
        this.warehouse = warehouse;
        this.stand = stand;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        int drempel = properties.onthulling().drempel();
        if (drempel <= 1) {
            log.warn("Onthullingsbeheersing staat uit (jbr.onthulling.drempel = {}): kleine aantallen worden gepubliceerd", drempel);
        }
        for (JaarUitkomst uitkomst : onthulling.beveilig(warehouse, drempel, properties.onthulling().marge(),
                stand.codeVingerafdruk(drempel))) {
            if (!uitkomst.geslaagd()) {
                log.error("Jaar {} wordt niet gepubliceerd: {}", uitkomst.jaar(), uitkomst.reden());
            }
        }
        return RepeatStatus.FINISHED;
    }
}
