package nl.jbr.integriteit.run;

import java.io.PrintStream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.schema.Ministeries;

/** Dispatches a parsed command line to its command. */
@Component
public class Commandos {

    private final RunCommando run;
    private final ValidateCommando validate;

    public Commandos(JobOperator operator, Job nachtelijkeRun, JbrProperties properties, FormulierValidator validator,
                     Ministeries ministeries) {
        this.run = new RunCommando(operator, nachtelijkeRun, properties);
        this.validate = new ValidateCommando(validator, ministeries);
    }

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        return switch (opdracht.commando()) {
            case "run" -> run.voerUit(opdracht, out);
            case "validate" -> validate.voerUit(opdracht, out, err);
            default -> throw new IllegalArgumentException(opdracht.commando());
        };
    }
}
