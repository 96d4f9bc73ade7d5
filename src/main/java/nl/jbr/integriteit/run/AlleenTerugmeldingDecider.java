package nl.jbr.integriteit.run;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

/**
 * After inname: a run started for feedback only (job parameter {@value #PARAMETER} = {@code ja}, the drop-folder
 * watcher of {@code serve}) goes on with {@value #TERUGMELDING}; the nightly run with {@value #PUBLICEREN}.
 */
final class AlleenTerugmeldingDecider implements JobExecutionDecider {

    static final String PARAMETER = "alleenTerugmelding";
    static final String TERUGMELDING = "TERUGMELDING";
    static final String PUBLICEREN = "PUBLICEREN";

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        return "ja".equals(jobExecution.getJobParameters().getString(PARAMETER))
                ? new FlowExecutionStatus(TERUGMELDING) : new FlowExecutionStatus(PUBLICEREN);
    }
}
