package nl.jbr.integriteit.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.ingest.IngestConfiguration;
import nl.jbr.integriteit.ingest.Inname;
import nl.jbr.integriteit.ingest.InnameSamenvatting;
import nl.jbr.integriteit.ingest.Terugmeldingen;
import nl.jbr.integriteit.publish.Publisher;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * The nightly job: {@code inname} (scan, archive, validate, load), {@code berekening} (the SQL models in
 * DuckDB), {@code publicatie} (feedback per file, tables per year). Every step is idempotent, so a run
 * after a crash simply does the work again and ends in the state a clean run would have produced.
 */
@Configuration(proxyBeanMethods = false)
public class NachtelijkeRunConfiguration {

    public static final String JOB_NAAM = "nachtelijkeRun";
    private static final Logger log = LoggerFactory.getLogger(NachtelijkeRunConfiguration.class);

    @Bean
    Publicatiestand publicatiestand(Warehouse warehouse, SqlQueries queries, JbrProperties properties) {
        return new Publicatiestand(warehouse, queries, properties.jobs(), properties.schemas());
    }

    private static boolean ongewijzigd(org.springframework.batch.core.scope.context.ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext().containsKey("ongewijzigd");
    }

    @Bean
    Job nachtelijkeRun(JobRepository repository, Step innameStap, Step berekeningStap, Step publicatieStap,
                       Warehouse warehouse) {
        return new JobBuilder(JOB_NAAM, repository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        // release the DuckDB file between runs, so `status` and a manual run can open it
                        warehouse.close();
                    }
                })
                .start(innameStap).next(berekeningStap).next(publicatieStap).build();
    }

    @Bean
    Step innameStap(JobRepository repository, PlatformTransactionManager tx, Inname inname, Warehouse warehouse,
                    SqlModels models, Publicatiestand stand, Terugmeldingen terugmeldingen, JbrProperties properties) {
        return new StepBuilder("inname", repository).tasklet((contribution, context) -> {
            models.run(warehouse, IngestConfiguration.JOB, "00_raw");
            long runId = context.getStepContext().getStepExecution().getJobExecutionId();
            InnameSamenvatting s = inname.verwerk(properties.input(), runId);
            terugmeldingen.schrijfGenegeerd(properties.output(), s.genegeerd());
            for (int i = 0; i < s.gezien(); i++) {
                contribution.incrementReadCount();
            }
            contribution.incrementWriteCount(s.geladenRegels());
            var ctx = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            ctx.putInt("bestanden.gezien", s.gezien());
            ctx.putInt("bestanden.nieuw", s.nieuw());
            ctx.putInt("bestanden.ongewijzigd", s.ongewijzigd());
            ctx.putInt("bestanden.geaccepteerd", s.geaccepteerd());
            ctx.putInt("bestanden.afgekeurd", s.afgekeurd());
            ctx.putLong("regels.geladen", s.geladenRegels());
            ctx.putInt("paden.genegeerd", s.genegeerd().size());
            String vingerafdruk = stand.vingerafdruk(context.getStepContext().getStepExecution().getJobParameters().getLong("jaar"));
            ctx.putString("vingerafdruk", vingerafdruk);
            if (stand.ongewijzigd(vingerafdruk, properties.output())) {
                ctx.putString("ongewijzigd", "ja");
                log.info("Nothing changed since the last publication: the tables and feedback are up to date");
            }
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step berekeningStap(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse, Publisher publisher) {
        return new StepBuilder("berekening", repository).tasklet((contribution, context) -> {
            if (ongewijzigd(context)) {
                return RepeatStatus.FINISHED;
            }
            log.info("Computing the models (staging, normalised, marts)");
            publisher.compute(warehouse);
            log.info("Models computed");
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    @Bean
    Step publicatieStap(JobRepository repository, PlatformTransactionManager tx, Terugmeldingen terugmeldingen,
                        Publisher publisher, Warehouse warehouse, Publicatiestand stand, JbrProperties properties) {
        return new StepBuilder("publicatie", repository).tasklet((contribution, context) -> {
            var stepExecution = context.getStepContext().getStepExecution();
            if (ongewijzigd(context)) {
                return RepeatStatus.FINISHED;
            }
            int feedback = terugmeldingen.schrijf(properties.output());
            Long alleenJaar = stepExecution.getJobParameters().getLong("jaar");
            String runId = String.valueOf(stepExecution.getJobExecutionId());
            int tabellen = 0;
            for (int jaar : publisher.jaren(warehouse)) {
                if (alleenJaar != null && alleenJaar != jaar) {
                    continue;
                }
                publisher.publishYear(warehouse, jaar, properties.output(), runId);
                tabellen += publisher.tables().size();
                log.info("Published {} ({} tables, rijksbreed and per ministry)", jaar, publisher.tables().size());
            }
            contribution.incrementWriteCount(feedback + tabellen);
            var ctx = stepExecution.getJobExecution().getExecutionContext();
            ctx.putInt("tabellen.gepubliceerd", tabellen);
            stand.vastleggen(ctx.getString("vingerafdruk"), stepExecution.getJobExecutionId());
            return RepeatStatus.FINISHED;
        }, tx).build();
    }
}
