package nl.jbr.integriteit.run;

import java.io.PrintStream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.formulier.FormulierCommando;

/** Dispatches a parsed command line to its command ({@code validate} has its own small context: {@link ValidatieApplicatie}). */
@Component
public class Commandos {

    private final RunCommando run;
    private final ServeCommando serve;
    private final StatusCommando status;
    private final FormulierCommando formulier;
    private volatile boolean serving;

    public Commandos(JobOperator operator, JobRepository repository, Job nachtelijkeRun, JbrProperties properties,
                     Ministeries ministeries, Warehouse warehouse, SqlQueries queries,
                     nl.jbr.integriteit.inleverstatus.Inleverstatus inleverstatus,
                     nl.jbr.integriteit.schema.SchemaSource schemas, nl.jbr.integriteit.schema.Formulieren formulieren) {
        this.formulier = new FormulierCommando(new nl.jbr.integriteit.formulier.Registratieformulier(schemas, formulieren, ministeries),
                ministeries, properties.output());
        this.run = new RunCommando(operator, repository, nachtelijkeRun, properties);
        this.serve = new ServeCommando(run, properties.input(), properties.serve());
        this.status = new StatusCommando(repository, nachtelijkeRun.getName(), warehouse, queries, properties.data(),
                inleverstatus);
    }

    /** Graceful shutdown (SIGTERM): stop scheduling, and stop a run of this process after its current step. */
    public void stopVerzocht() {
        serve.stop();
        if (serving || runActief) {
            run.stopLopendeRun();
        }
    }

    private volatile boolean runActief;

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        return switch (opdracht.commando()) {
            case "run" -> {
                runActief = true;
                yield run.voerUit(opdracht, out, err);
            }
            case "serve" -> {
                serving = true;
                yield serve.voerUit(opdracht, out, err);
            }
            case "status" -> status.voerUit(opdracht, out);
            case "formulier" -> formulier.voerUit(opdracht, out, err);
            case "vaststellen" -> {
                runActief = true;
                yield run.voerUit(opdracht, out, err);
            }
            default -> throw new IllegalArgumentException(opdracht.commando());
        };
    }
}
