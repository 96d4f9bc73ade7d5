package nl.jbr.integriteit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.onthulling.JaarUitkomst;
import nl.jbr.integriteit.onthulling.Onthullingsbeheersing;
import nl.jbr.integriteit.terugmelding.Terugmeldingen;
import nl.jbr.integriteit.formulier.Registratieformulier;
import nl.jbr.integriteit.inleverstatus.Inleverstatus;
import nl.jbr.integriteit.inleverstatus.Overzichtspaginas;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;
import nl.jbr.integriteit.publish.HtmlPage;
import nl.jbr.integriteit.publish.Publisher;
import nl.jbr.integriteit.vaststelling.Vrijgave;
import nl.jbr.integriteit.uitvoer.Kopie;
import nl.jbr.integriteit.uitvoer.ParallelTasks;
import nl.jbr.integriteit.uitvoer.Toegang;
import nl.jbr.integriteit.vaststelling.Vaststelling;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.vingerafdruk.Publicatiestand;
import nl.jbr.integriteit.opdracht.Foutmelding;
import nl.jbr.integriteit.ingest.InnameTasklet;

/**
 * Step {@code publicatie}: the feedback of every present file, and meanwhile every year (or only {@code --jaar}) that
 * passed its disclosure audit and whose inputs changed since its last publication, each swapped in atomically; last,
 * the fingerprint of what was published. A year that failed its audit keeps its previous publication, and the step
 * fails with the reason.
 */
final class PublicatieTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublicatieTasklet.class);

    private final Terugmeldingen terugmeldingen;
    private final Publisher publisher;
    private final Warehouse warehouse;
    private final Publicatiestand stand;
    private final JbrProperties properties;
    private final Onthullingsbeheersing onthulling;
    private final Opslag opslag;
    private final Inleverstatus inleverstatus;
    private final Overzichtspaginas overzicht;
    private final Registratieformulier formulier;
    private final Toegang toegang;
    private final Vaststelling vaststelling;

    PublicatieTasklet(Terugmeldingen terugmeldingen, Publisher publisher, Warehouse warehouse, Publicatiestand stand,
                      JbrProperties properties, Onthullingsbeheersing onthulling, Opslag opslag,
                      Inleverstatus inleverstatus, Overzichtspaginas overzicht,
                      Registratieformulier formulier, Vaststelling vaststelling) {
        this.vaststelling = vaststelling;
        this.inleverstatus = inleverstatus;
        this.overzicht = overzicht;
        this.formulier = formulier;
        this.onthulling = onthulling;
        this.opslag = opslag;
        this.terugmeldingen = terugmeldingen;
        this.publisher = publisher;
        this.warehouse = warehouse;
        this.stand = stand;
        this.properties = properties;
        this.toegang = properties.toegang();
    }

    /** The registratieformulier for the year now being registered (contract 3.4), on every run. */
    private void schrijfFormulier() {
        int jaar = Year.now().getValue();
        try {
            Path map = GeweigerdPad.maakMappen(properties.output(), properties.uitvoer().formulieren());
            formulier.schrijf(map.resolve(Registratieformulier.bestandsnaam(jaar, null)), jaar, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the registratieformulier", e);
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext context) {
        var step = context.getStepContext().getStepExecution();
        String runId = String.valueOf(step.getJobExecutionId());
        String stempel = HtmlPage.stempel(LocalDateTime.now(), runId);
        // what the pages depend on besides the files: hashed once, for the feedback and for every year
        String code = stand.codeVingerafdruk(properties.onthulling().drempel());
        toegang.controleer(); // a configured group that does not exist stops the run before anything is written
        // the feedback pages are written on their own pool, from the ledger as committed, while the warehouse is
        // flushed and the years are published (each leaves processors idle part of the time); closing waits for them,
        // so a year that fails does not cut the feedback short
        int feedback;
        int tabellen = 0;
        List<String> nietGepubliceerd = new ArrayList<>();
        try (Terugmeldingen.Lopend lopend = terugmeldingen.begin(properties.output(), stempel, code)) {
            // what ingestion and computation wrote must be on disk before a table is published
            opslag.vastleggen(Opslag.VOOR_PUBLICATIE);
            schrijfFormulier();
            tabellen = publiceerJaren(step, runId, code, nietGepubliceerd);
            feedback = lopend.wacht();
        }
        // who delivered what, the feedback overview per ministry, the entry pages (public and BZK's)
        Map<Integer, Overzichtspaginas.JaarStand> standen = new java.util.TreeMap<>();
        for (Vaststelling.Jaarstand j : vaststelling.jaarstanden()) {
            standen.put(j.jaar(), new Overzichtspaginas.JaarStand(j.publicatie(),
                    j.gewijzigd().isEmpty() ? "niets" : String.join("; ", j.gewijzigd()), j.gevolgen()));
        }
        overzicht.schrijf(properties.output(), inleverstatus, terugmeldingen.paginas(), standen, stempel);
        toegang.herstel();
        contribution.incrementWriteCount(feedback + tabellen);
        var ctx = step.getJobExecution().getExecutionContext();
        ctx.putInt("tabellen.gepubliceerd", tabellen);
        if (!nietGepubliceerd.isEmpty()) {
            // the other years are published; the run fails, so the operator hears it and the next run tries again
            throw new Foutmelding.Zin("niet gepubliceerd wegens onthullingsrisico — " + String.join("; ", nietGepubliceerd), null);
        }
        stand.vastleggen(ctx.getString(InnameTasklet.VINGERAFDRUK), step.getJobExecutionId());
        opslag.vastleggen(Opslag.NA_PUBLICATIE);
        return RepeatStatus.FINISHED;
    }

    /**
     * Publishes every year (or only {@code --jaar}) that passed its disclosure audit and changed since its last
     * publication, except a vastgesteld year, which stays as it is unless this is its vaststellen run; adds the years
     * that failed their audit, with the reason, to {@code nietGepubliceerd}. Every publication is recorded as a
     * version of its year (disclosure control of the next version takes it into account). Returns how many tables
     * were published.
     *
     * <p>Which years are published, and their versions, is decided first, one year after the other; then the years
     * are written side by side, each reading the warehouse through a connection of its own (a year's files depend
     * only on the warehouse, which nothing writes meanwhile, and each goes to its own folder); then what was published
     * is recorded, in year order. A year whose writing fails leaves its previous publication as it was (see
     * {@link nl.jbr.integriteit.publish.AtomicYearDirectory}); the others are published and recorded, and the first
     * failure is passed on.
     */
    private int publiceerJaren(StepExecution step, String runId, String code, List<String> nietGepubliceerd) {
        Long alleenJaar = step.getJobParameters().getLong("jaar");
        Long vaststellen = step.getJobParameters().getLong(Vaststelling.PARAMETER);
        Map<Integer, String> vingerafdrukken = stand.jaarVingerafdrukken(code);
        Map<Integer, List<Vaststelling.Stand>> standen = vaststelling.standen();
        Map<Integer, Vaststelling.Stand> vastgesteld = Vaststelling.vastgesteld(standen);
        List<TePubliceren> tePubliceren = new ArrayList<>();
        for (int jaar : publisher.jaren(warehouse)) {
            if (alleenJaar != null && alleenJaar != jaar) {
                continue;
            }
            Vaststelling.Stand nieuw = vaststellen != null && vaststellen == jaar
                    ? standen.getOrDefault(jaar, List.of()).stream().filter(v -> !v.gepubliceerd()).findFirst().orElse(null)
                    : null;
            Vaststelling.Stand vast = vastgesteld.get(jaar);
            boolean aanwezig = Files.isRegularFile(properties.uitvoer().jaar(jaar).resolve("manifest.json"));
            if (nieuw == null && vast != null && aanwezig) {
                log.info("{} is vastgesteld ({}): de publicatie blijft zoals zij is", jaar, vast.vrijgave().tekst());
                continue;
            }
            JaarUitkomst audit = onthulling.uitkomst(warehouse, jaar)
                    .orElseThrow(() -> new IllegalStateException("no disclosure control for " + jaar));
            if (!audit.geslaagd()) {
                nietGepubliceerd.add(jaar + ": " + audit.reden());
                continue;
            }
            String vingerafdruk = vingerafdrukken.get(jaar);
            if (nieuw == null && vast == null && stand.jaarOngewijzigd(jaar, vingerafdruk, properties.uitvoer())) {
                log.info("{} is niet veranderd sinds de vorige publicatie: niet opnieuw gepubliceerd", jaar);
                continue;
            }
            // a vastgesteld year is published again only by its vaststellen run (or when its folder went missing)
            Vrijgave vrijgave = nieuw != null ? nieuw.vrijgave() : vast != null ? vast.vrijgave() : Vrijgave.NU_VOORLOPIG;
            if (nieuw != null && vast != null && aanwezig) {
                bewaarVorigeVersie(jaar, vast);
            }
            // recorded before it is swapped in: a version that is public but unrecorded would be missing from the next
            // audit, one recorded but never public (a crash in between) only makes that audit stricter
            onthulling.versies().vastleggen(warehouse, jaar, vrijgave.status(), step.getJobExecutionId());
            tePubliceren.add(new TePubliceren(jaar, vrijgave, nieuw, vingerafdruk));
        }
        List<Gepubliceerd> uitkomsten;
        try (ParallelTasks<Gepubliceerd> parallel = new ParallelTasks<>("publicatie-jaar")) {
            for (TePubliceren t : tePubliceren) {
                parallel.submit(() -> {
                    try (Warehouse eigen = warehouse.naast()) {
                        publisher.publish(eigen, t.jaar(), properties.output(), runId, code, t.vrijgave());
                        return new Gepubliceerd(t, null);
                    } catch (RuntimeException | Error e) {
                        return new Gepubliceerd(t, e);
                    }
                });
            }
            uitkomsten = parallel.awaitAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tabellen = 0;
        Set<Integer> gepubliceerd = new TreeSet<>();
        Throwable eerste = null;
        for (Gepubliceerd g : uitkomsten) {
            TePubliceren t = g.jaar();
            if (g.fout() != null) {
                eerste = eerste == null ? g.fout() : eerste;
                continue;
            }
            if (t.nieuw() != null) {
                vaststelling.gepubliceerd(t.nieuw());
            }
            stand.jaarVastleggen(t.jaar(), t.vingerafdruk(), step.getJobExecutionId());
            gepubliceerd.add(t.jaar());
            tabellen += publisher.tables().size();
            log.info("Gepubliceerd: {} ({} tabellen, rijksbreed en per ministerie; {})", t.jaar(), publisher.tables().size(),
                    t.vrijgave().status());
        }
        onthulling.naPublicatie(warehouse, gepubliceerd, properties.onthulling().drempel(), properties.onthulling().marge(),
                code);
        if (eerste instanceof RuntimeException r) {
            throw r;
        }
        if (eerste instanceof Error e) {
            throw e;
        }
        return tabellen;
    }

    /** A year to publish, as decided before the years are written. */
    private record TePubliceren(int jaar, Vrijgave vrijgave, Vaststelling.Stand nieuw, String vingerafdruk) {
    }

    /** A year written, or the failure that stopped it. */
    private record Gepubliceerd(TePubliceren jaar, Throwable fout) {
    }

    /** Keeps the release a revision replaces for BZK: {@code beheer/versies/<jaar>/<versie>-<status>/}. */
    private void bewaarVorigeVersie(int jaar, Vaststelling.Stand vorige) {
        Path bron = properties.uitvoer().jaar(jaar);
        Path doel = properties.uitvoer().versies(jaar).resolve(vorige.versie() + "-" + vorige.vrijgave().status());
        try {
            GeweigerdPad.maakMappen(properties.output(), doel.getParent());
            Path tijdelijk = doel.resolveSibling("." + doel.getFileName() + ".tmp");
            Kopie.map(bron, tijdelijk);
            Kopie.verwijder(doel);
            Files.move(tijdelijk, doel, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the previous version of " + jaar + " in " + doel, e);
        }
        log.info("De vorige versie van {} ({}) staat in {}", jaar, vorige.vrijgave().tekst(), doel);
    }
}
