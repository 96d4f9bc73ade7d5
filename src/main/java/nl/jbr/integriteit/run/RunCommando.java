package nl.jbr.integriteit.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import nl.jbr.integriteit.warehouse.Bestandentelling;
import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.vaststelling.Vaststelling;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.opdracht.Foutmelding;
import nl.jbr.integriteit.ingest.InnameTasklet;

/** {@code run}: one execution of the nightly job; prints what it did. */
public final class RunCommando {

    private static final Logger log = LoggerFactory.getLogger(RunCommando.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job job;
    private final JbrProperties properties;

    public RunCommando(JobOperator operator, JobRepository repository, Job job, JbrProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.job = job;
        this.properties = properties;
    }

    /**
     * The {@code run} command: its caller already holds the run slot (taken before the application opened the job
     * repository, which only one process may open).
     */
    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        herstelOnderbrokenRuns();
        return start(opdracht, Duration.ZERO, out, err);
    }

    /** A scheduled run of {@code serve}: waits for the run slot (a manual run or {@code status} may hold it). */
    public int gepland(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        Path data = properties.data();
        Optional<RunSlot> slot = RunSlot.wacht(data, Duration.ofHours(1));
        if (slot.isEmpty()) {
            err.println(bezet(data));
            return Uitgang.BEZET;
        }
        try (RunSlot ignored = slot.get()) {
            herstelOnderbrokenRuns();
            // a file being copied into the drop folder while serve runs is not taken half: it must stand still first
            return start(opdracht, properties.serve().rustperiode(), out, err);
        }
    }

    /** The sentence for a run that finds the data directory busy. */
    public static String bezet(Path data) {
        return "Er loopt al een run op de datamap " + data.toAbsolutePath() + " (" + RunSlot.houder(data)
                + "). Deze run wordt niet gestart; probeer het later opnieuw of gebruik --wait.";
    }

    /**
     * The sentence for a run started by hand that finds a serve or another run on the data directory; {@code gewacht}
     * is how long {@code --wait} waited (null: it did not). Not for the serve process itself (it holds the serve slot).
     */
    public static String bezetHandmatig(Path data, Duration gewacht) {
        String na = gewacht == null ? "" : "Na " + duur(gewacht) + " wachten: ";
        if (RunSlot.serveActief(data)) {
            return na + "op de datamap " + data.toAbsolutePath() + " draait serve (" + RunSlot.serveHouder(data) + "); "
                    + "serve draait de runs zelf volgens zijn schema en houdt de staat open, dus een run met de hand start "
                    + "niet naast serve. Deze run wordt niet gestart; stop serve eerst"
                    + (gewacht == null ? ", of gebruik --wait." : ".");
        }
        if (gewacht == null) {
            return bezet(data);
        }
        return na + "er loopt nog steeds een run op de datamap " + data.toAbsolutePath() + " (" + RunSlot.houder(data)
                + "). Deze run wordt niet gestart.";
    }

    /** A duration in Dutch words: {@code 12 uur}, {@code 1 minuut}, {@code 30 seconden}, {@code 250 ms}. */
    static String duur(Duration d) {
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + " ms";
        }
        long s = d.toSeconds();
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + " uur";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + (s == 60 ? " minuut" : " minuten");
        }
        return s + (s == 1 ? " seconde" : " seconden");
    }

    /** Asks a run in progress in this process to stop after its current step (graceful shutdown). */
    public void stopLopendeRun() {
        try {
            for (JobExecution lopend : repository.findRunningJobExecutions(job.getName())) {
                log.warn("Stoppen gevraagd: run {} stopt na zijn huidige stap", lopend.getId());
                operator.stop(lopend);
            }
        } catch (Exception e) {
            // the job repository may already be closed by the JVM's shutdown: the next run recovers this one
            log.warn("De run kon niet als gestopt worden vastgelegd ({}); de volgende run markeert hem als onderbroken en doet het werk opnieuw",
                    e.getMessage());
        }
    }

    /**
     * Holding the slot, any execution still marked running belongs to a process that died (kill -9, power
     * cut): mark it failed, with the reason, so the history is true. The new run redoes all work anyway.
     */
    private void herstelOnderbrokenRuns() {
        for (JobExecution stale : repository.findRunningJobExecutions(job.getName())) {
            log.warn("Run {} (begonnen {}) is niet afgelopen: zijn proces stopte. Hij wordt als mislukt gemarkeerd; deze run doet het werk opnieuw.",
                    stale.getId(), stale.getStartTime());
            stale.setExitStatus(ExitStatus.FAILED.addExitDescription("Proces gestopt tijdens de run (gevonden door run bij start)"));
            operator.recover(stale);
        }
    }

    /**
     * A feedback-only run of {@code serve}'s drop-folder watcher: inname and the feedback of every file, no tables.
     * Waits for the run slot like a scheduled run.
     */
    public int alleenTerugmelding(PrintStream out, PrintStream err) throws Exception {
        return gepland(new Opdracht("run", null, Map.of(AlleenTerugmeldingDecider.PARAMETER, "ja")), out, err);
    }

    private int start(Opdracht opdracht, Duration rustperiode, PrintStream out, PrintStream err) throws Exception {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString("input", properties.input().toAbsolutePath().toString(), false)
                .addLong(InnameTasklet.RUSTPERIODE, rustperiode.toMillis(), false)
                .addString("output", properties.output().toAbsolutePath().toString(), false)
                .addLong("gestart", System.currentTimeMillis());
        if (opdracht.heeft(AlleenTerugmeldingDecider.PARAMETER)) {
            parameters.addString(AlleenTerugmeldingDecider.PARAMETER, "ja", false);
        }
        if ("vaststellen".equals(opdracht.commando())) {
            // no ingestion: the year is frozen as the warehouse holds it after the last run (Vaststelling)
            parameters.addLong(Vaststelling.PARAMETER, Long.valueOf(opdracht.optie("jaar")), false);
        } else if (opdracht.heeft("jaar")) {
            parameters.addLong("jaar", Long.valueOf(opdracht.optie("jaar")), false);
        }
        JobParameters params = parameters.toJobParameters();
        log.info("Run begonnen: invoer={}, uitvoer={}, data={}", properties.input(), properties.output(), properties.data());
        JobExecution execution;
        long heapMb;
        try (HeapMeter heap = new HeapMeter()) {
            execution = operator.start(job, params);
            heapMb = heap.maxMb();
        }
        rapporteer(execution, heapMb, out);
        String beschadigd = execution.getExecutionContext().getString(InnameTasklet.ARCHIEF_BESCHADIGD, "");
        if (!beschadigd.isEmpty()) {
            // the other files are published; the operator must restore the archive (README, Beheer)
            beschadigd.lines().forEach(err::println);
            return Uitgang.MISLUKT;
        }
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return Uitgang.OK;
        }
        if (execution.getStatus() != BatchStatus.STOPPED) {
            Throwable oorzaak = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            err.println("De run is mislukt: " + (oorzaak == null ? "zie het logboek in " + properties.data().toAbsolutePath().resolve("logs")
                    : Foutmelding.zin(oorzaak, properties.data())));
        }
        return Uitgang.MISLUKT;
    }

    private static void rapporteer(JobExecution execution, long heapMb, PrintStream out) {
        ExecutionContext ctx = execution.getExecutionContext();
        for (StepExecution step : execution.getStepExecutions()) {
            long ms = step.getStartTime() == null || step.getEndTime() == null ? 0
                    : Duration.between(step.getStartTime(), step.getEndTime()).toMillis();
            out.printf("STEP name=%s status=%s ms=%d read=%d written=%d%n", step.getStepName(), step.getStatus(), ms,
                    step.getReadCount(), step.getWriteCount());
        }
        if (ctx.containsKey("bestanden.gezien")) {
            // which files count is known once the models are built: not after a run that failed before that
            String telling = ctx.containsKey(Bestandentelling.GEACCEPTEERD)
                    ? String.format(", %d geaccepteerd, %d afgekeurd", ctx.getInt(Bestandentelling.GEACCEPTEERD),
                            ctx.getInt(Bestandentelling.AFGEKEURD)) : "";
            out.printf("Bestanden: %d gezien, %d nieuw, %d ongewijzigd%s; %d regels geladen; %d paden genegeerd%n",
                    ctx.getInt("bestanden.gezien"), ctx.getInt("bestanden.nieuw"), ctx.getInt("bestanden.ongewijzigd"),
                    telling, ctx.getLong("regels.geladen"), ctx.getInt("paden.genegeerd"));
        }
        if (ctx.containsKey(InnameTasklet.VASTSTELLING)) {
            out.println(execution.getStatus() == BatchStatus.COMPLETED ? ctx.getString(InnameTasklet.VASTSTELLING)
                    : "Niet vastgesteld: de run is mislukt; het jaar blijft zoals het was.");
        } else if (execution.getStepExecutions().stream()
                .anyMatch(s -> InnameTasklet.ONGEWIJZIGD.equals(s.getExitStatus().getExitCode()))) {
            out.println("Niets veranderd sinds de vorige publicatie: tabellen en terugmeldingen zijn bij.");
        }
        out.printf("RUN id=%d status=%s peak_heap_mb=%d%n", execution.getId(), execution.getStatus(), heapMb);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> log.error("Run mislukt", e));
        }
    }

}
