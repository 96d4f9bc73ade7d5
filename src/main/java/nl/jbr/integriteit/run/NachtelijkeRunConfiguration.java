package nl.jbr.integriteit.run;

import javax.sql.DataSource;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import nl.jbr.integriteit.vaststelling.Vaststelling;
import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.terugmelding.Terugmeldingen;
import nl.jbr.integriteit.ingest.Inname;
import nl.jbr.integriteit.publish.Publisher;
import nl.jbr.integriteit.onthulling.Onthullingsbeheersing;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.vingerafdruk.Publicatiestand;
import nl.jbr.integriteit.warehouse.BerekeningTasklet;
import nl.jbr.integriteit.onthulling.OnthullingTasklet;
import nl.jbr.integriteit.terugmelding.TerugmeldingTasklet;
import nl.jbr.integriteit.ingest.InnameTasklet;

/**
 * The nightly job: {@code inname} (scan, archive, validate, load), then — unless inname ends
 * {@code ONGEWIJZIGD} — {@code berekening} (the SQL models in DuckDB), {@code onthulling} (disclosure
 * control: which cells are hidden, and the audit of every year) and {@code publicatie} (feedback per file,
 * tables per year that passed its audit). Every step is idempotent, so a run
 * after a crash simply does the work again and ends in the state a clean run would have produced.
 */
@Configuration(proxyBeanMethods = false)
public class NachtelijkeRunConfiguration {

    public static final String JOB_NAAM = "nachtelijkeRun";

    @Bean
    Publicatiestand publicatiestand(Warehouse warehouse, SqlQueries queries, JbrProperties properties,
            @org.springframework.beans.factory.annotation.Value("${jbr.hoofdstuk.aan:true}") boolean hoofdstuk) {
        return new Publicatiestand(warehouse, queries, properties.jobs(), properties.schemas(), "hoofdstuk=" + hoofdstuk);
    }

    @Bean
    Vaststelling vaststelling(Warehouse warehouse, SqlQueries queries) {
        return new Vaststelling(warehouse, queries);
    }

    @Bean
    Job nachtelijkeRun(JobRepository repository, Step innameStap, Step berekeningStap, Step onthullingStap, Step publicatieStap,
                       Step terugmeldingStap, Warehouse warehouse) {
        AlleenTerugmeldingDecider alleenTerugmelding = new AlleenTerugmeldingDecider();
        return new JobBuilder(JOB_NAAM, repository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void afterJob(JobExecution execution) {
                        // release the DuckDB file between runs, so `status` and a manual run can open it
                        warehouse.close();
                    }
                })
                .start(innameStap)
                    // nothing changed since the last publication: the output is already what the rest would write
                    .on(InnameTasklet.ONGEWIJZIGD).end()
                .from(innameStap).on(ExitStatus.COMPLETED.getExitCode()).to(alleenTerugmelding)
                    // serve's drop-folder watcher: feedback within a minute, tables only at night
                    .on(AlleenTerugmeldingDecider.TERUGMELDING).to(terugmeldingStap)
                .from(alleenTerugmelding).on(AlleenTerugmeldingDecider.PUBLICEREN).to(berekeningStap)
                    .next(onthullingStap)
                    .next(publicatieStap)
                // inname failed (or ended in any other way): the scan of the drop folder was not recorded, so nothing
                // after it may run: feedback would speak of files it did not look at, tables of a folder half read.
                // The job fails, and says so (exit code, status)
                .from(innameStap).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step innameStap(JobRepository repository, PlatformTransactionManager tx, Inname inname, Warehouse warehouse,
                    SqlModels models, Publicatiestand stand, Terugmeldingen terugmeldingen, JbrProperties properties,
                    nl.jbr.integriteit.schema.Formulieren formulieren, Vaststelling vaststelling, SqlQueries queries) {
        return new StepBuilder("inname", repository)
                .tasklet(new InnameTasklet(inname, warehouse, models, stand,
                        genegeerd -> terugmeldingen.schrijfGenegeerd(properties.output(), genegeerd), properties, formulieren,
                        vaststelling, queries), tx).build();
    }

    @Bean
    Step berekeningStap(JobRepository repository, PlatformTransactionManager tx, Warehouse warehouse, MartBuilder marts,
                        JbrProperties properties, SqlQueries queries) {
        return new StepBuilder("berekening", repository)
                .tasklet(new BerekeningTasklet(marts, warehouse, properties, queries), tx).build();
    }

    @Bean
    Step terugmeldingStap(JobRepository repository, PlatformTransactionManager tx, Terugmeldingen terugmeldingen,
                          MartBuilder marts, Warehouse warehouse, Publicatiestand stand, JbrProperties properties,
                          SqlQueries queries) {
        return new StepBuilder("terugmelding", repository)
                .tasklet(new TerugmeldingTasklet(terugmeldingen, marts, warehouse, stand, properties, queries), tx).build();
    }

    @Bean
    Step onthullingStap(JobRepository repository, PlatformTransactionManager tx, Onthullingsbeheersing onthulling,
                        Warehouse warehouse, Publicatiestand stand, JbrProperties properties) {
        return new StepBuilder("onthulling", repository)
                .tasklet(new OnthullingTasklet(onthulling, warehouse, stand, properties), tx).build();
    }

    @Bean
    Step publicatieStap(JobRepository repository, PlatformTransactionManager tx, Terugmeldingen terugmeldingen,
                        Publisher publisher, Warehouse warehouse, Publicatiestand stand, JbrProperties properties,
                        Onthullingsbeheersing onthulling, DataSource dataSource,
                        nl.jbr.integriteit.inleverstatus.Inleverstatus inleverstatus,
                        nl.jbr.integriteit.inleverstatus.Overzichtspaginas overzicht, nl.jbr.integriteit.schema.SchemaSource schemas,
                        nl.jbr.integriteit.schema.Formulieren formulieren, nl.jbr.integriteit.schema.Ministeries ministeries,
                        Vaststelling vaststelling) {
        return new StepBuilder("publicatie", repository).tasklet(new PublicatieTasklet(terugmeldingen, publisher, warehouse,
                stand, properties, onthulling, new Opslag(warehouse, dataSource, properties.data()), inleverstatus, overzicht,
                new nl.jbr.integriteit.formulier.Registratieformulier(schemas, formulieren, ministeries), vaststelling), tx).build();
    }
}
