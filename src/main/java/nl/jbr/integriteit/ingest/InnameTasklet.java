package nl.jbr.integriteit.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.vaststelling.Vaststelling;
import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.warehouse.Bestandentelling;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.vingerafdruk.Publicatiestand;

/**
 * Step {@code inname}: the source tables, the drop folder ingested, the list of ignored paths, and whether
 * anything changed since the last publication: if not, the step ends with exit status {@value #ONGEWIJZIGD}
 * and the job ends there (see {@code run.NachtelijkeRunConfiguration}). In a vaststellen run it ingests nothing and
 * records the vaststelling instead ({@link Vaststelling}).
 */
public final class InnameTasklet implements Tasklet {

    /** The exit status of the step when nothing changed since the last publication: the job ends there. */
    public static final String ONGEWIJZIGD = "ONGEWIJZIGD";
    public static final String VINGERAFDRUK = "vingerafdruk";
    public static final String ARCHIEF_BESCHADIGD = "archief.beschadigd";
    /** What a vaststellen run did, one Dutch sentence for the console. */
    public static final String VASTSTELLING = "vaststelling";
    /** Job parameter: the quiet period in milliseconds a new or changed file must stand still before it is taken. */
    public static final String RUSTPERIODE = "rustperiode";
    private static final Logger log = LoggerFactory.getLogger(InnameTasklet.class);

    private final Inname inname;
    private final Warehouse warehouse;
    private final SqlModels models;
    private final Publicatiestand stand;
    /** Writes the list of ignored paths (the feedback's {@code beheer/genegeerd.csv}; wired by the job). */
    private final Consumer<List<GenegeerdPad>> genegeerd;
    private final JbrProperties properties;
    private final nl.jbr.integriteit.schema.Formulieren formulieren;
    private final Vaststelling vaststelling;
    private final SqlQueries queries;

    public InnameTasklet(Inname inname, Warehouse warehouse, SqlModels models, Publicatiestand stand,
                  Consumer<List<GenegeerdPad>> genegeerd, JbrProperties properties, nl.jbr.integriteit.schema.Formulieren formulieren,
                  Vaststelling vaststelling, SqlQueries queries) {
        this.queries = queries;
        this.vaststelling = vaststelling;
        this.formulieren = formulieren;
        this.inname = inname;
        this.warehouse = warehouse;
        this.models = models;
        this.stand = stand;
        this.genegeerd = genegeerd;
        this.properties = properties;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        var step = context.getStepContext().getStepExecution();
        models.createSources(warehouse, SqlModels.JOB, formulieren);
        vaststelling.opruimen(); // a vaststelling that a failed or killed run never published has no effect
        Long vaststellen = step.getJobParameters().getLong(Vaststelling.PARAMETER);
        if (vaststellen != null) {
            return vaststellen(contribution, step, vaststellen.intValue());
        }
        inname.archief().vergeetBeschadigd();
        // serve's runs take a new or changed file only when it has stood still for the quiet period; a run by hand at once
        Long rust = step.getJobParameters().getLong(RUSTPERIODE);
        InnameSamenvatting s = inname.verwerk(properties.input(), step.getJobExecutionId(),
                java.time.Duration.ofMillis(rust == null ? 0 : rust));
        genegeerd.accept(s.genegeerd());
        properties.toegang().herstel();
        for (int i = 0; i < s.gezien(); i++) {
            contribution.incrementReadCount(); // one per file seen (there is no bulk increment)
        }
        contribution.incrementWriteCount(s.geladenRegels());

        ExecutionContext ctx = step.getJobExecution().getExecutionContext();
        ctx.putInt("bestanden.gezien", s.gezien());
        ctx.putInt("bestanden.nieuw", s.nieuw());
        ctx.putInt("bestanden.ongewijzigd", s.ongewijzigd());
        ctx.putLong("regels.geladen", s.geladenRegels());
        ctx.putInt("paden.genegeerd", s.genegeerd().size());
        // damaged archived copies: their versions were not used; the run reports them and ends with exit code 1
        ctx.putString(ARCHIEF_BESCHADIGD, String.join("\n", new java.util.TreeMap<>(inname.archief().beschadigd()).values()));

        String vingerafdruk = stand.vingerafdruk(step.getJobParameters().getLong("jaar"), properties.onthulling().drempel());
        ctx.putString(VINGERAFDRUK, vingerafdruk);
        if (stand.ongewijzigd(vingerafdruk, properties.uitvoer())) {
            contribution.setExitStatus(new ExitStatus(ONGEWIJZIGD));
            // the staging models of the run that published this are still what they would be now
            Bestandentelling.van(warehouse, queries).vastleggen(ctx);
            log.info("Niets veranderd sinds de vorige publicatie: tabellen en terugmeldingen zijn actueel");
        }
        return RepeatStatus.FINISHED;
    }

    /**
     * A vaststellen run: no ingestion (the year is frozen as the warehouse holds it after the last run), the
     * vaststelling recorded (published by the publicatie step), or the job ends when there is nothing to revise.
     */
    private RepeatStatus vaststellen(StepContribution contribution, StepExecution step, int jaar) {
        ExecutionContext ctx = step.getJobExecution().getExecutionContext();
        Optional<Vaststelling.Stand> stand = vaststelling.begin(jaar, step.getJobExecutionId(), LocalDate.now());
        if (stand.isEmpty()) {
            contribution.setExitStatus(new ExitStatus(ONGEWIJZIGD));
            ctx.putString(VASTSTELLING, jaar + " is al vastgesteld en geen van zijn geaccepteerde bestanden is sindsdien "
                    + "veranderd: er is niets te herzien.");
            return RepeatStatus.FINISHED;
        }
        ctx.putString(VASTSTELLING, jaar + (stand.get().versie() == 1 ? " vastgesteld." : " herzien ("
                + stand.get().reden() + ")."));
        ctx.putString(VINGERAFDRUK, this.stand.vingerafdruk(null, properties.onthulling().drempel()));
        return RepeatStatus.FINISHED;
    }
}
