package nl.jbr.integriteit.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.dao.DataAccessException;

import nl.jbr.integriteit.vaststelling.Vaststelling;
import nl.jbr.integriteit.inleverstatus.Inleverstatus;
import nl.jbr.integriteit.warehouse.Bestandentelling;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.opdracht.Zichtbaar;

/**
 * {@code status [--json]}: the last runs (start, end, outcome, files, tables) from the job repository, and
 * per ministry and year which file version is in force, from the warehouse.
 */
public final class StatusCommando {

    private static final int AANTAL_RUNS = 10;
    private static final java.time.format.DateTimeFormatter TIJD = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository repository;
    private final Path dataDir;
    private final String jobNaam;
    private final Warehouse warehouse;
    private final SqlQueries queries;

    private final Inleverstatus inleverstatus;

    public StatusCommando(JobRepository repository, String jobNaam, Warehouse warehouse, SqlQueries queries, Path dataDir,
                          Inleverstatus inleverstatus) {
        this.inleverstatus = inleverstatus;
        this.dataDir = dataDir;
        this.repository = repository;
        this.jobNaam = jobNaam;
        this.warehouse = warehouse;
        this.queries = queries;
    }

    /**
     * One run as the job repository knows it.
     *
     * @param onderbroken still marked running while status holds the run slot: its process stopped (kill, power cut)
     * @param reden       why it stopped or failed (first line), or null
     * @param stappen     per step its status, in the repository's order
     */
    record Run(long id, String uitkomst, boolean onderbroken, String reden, String start, String einde, Long duurS,
               Tellingen tellingen, Map<String, String> stappen) {
    }

    /** What the run counted, each null when the run did not get that far (not in its execution context). */
    record Tellingen(Long bestandenGezien, Long bestandenNieuw, Long bestandenOngewijzigd, Long bestandenGeaccepteerd,
                     Long bestandenAfgekeurd, Long regelsGeladen, Long tabellenGepubliceerd) {
    }

    /** One file of a ministry and year: its latest version and the version in force (null: none). */
    record InGebruik(String ministerie, int jaar, String bestand, int actueleVersie, String actueleStatus,
                     Integer inGebruikVersie, String formulier, Long regels, String ontvangenOp) {
    }

    /** The files in force, or the sentence saying why the warehouse could not be read. */
    record Bestanden(List<InGebruik> inGebruik, String melding) {
    }

    public int voerUit(Opdracht opdracht, PrintStream out) {
        List<Run> runs = runs();
        List<Inleverstatus.Regel> opgaven = opgaven();
        Bestanden bestanden = inGebruik();
        List<Vaststelling.Jaarstand> vastgesteld = vastgesteld();
        if (opdracht.heeft("json")) {
            out.println(mapper().writeValueAsString(json(runs, vastgesteld, bestanden, opgaven)));
            return Uitgang.OK;
        }
        out.println("Laatste runs (nieuwste eerst):");
        if (runs.isEmpty()) {
            out.println("  nog geen runs");
        }
        for (Run run : runs) {
            out.printf("  run %-5s %-9s start %s, einde %s, duur %s%n", z(run.id()), z(run.uitkomst()),
                    z(run.start()), run.einde() == null ? "-" : z(run.einde()),
                    (run.duurS() == null ? "-" : z(run.duurS())) + " s");
            Tellingen t = run.tellingen();
            if (t.bestandenGezien() != null) {
                out.printf("            bestanden: %s gezien, %s nieuw, %s ongewijzigd, %s geaccepteerd, %s afgekeurd; %s regels geladen; %s tabellen gepubliceerd%n",
                        z(t.bestandenGezien()), z(t.bestandenNieuw()), z(t.bestandenOngewijzigd()),
                        z(t.bestandenGeaccepteerd()), z(t.bestandenAfgekeurd()), z(t.regelsGeladen()),
                        t.tabellenGepubliceerd() == null ? "0" : z(t.tabellenGepubliceerd()));
            }
            if (run.reden() != null) {
                out.println("            reden: " + z(run.reden()));
            }
        }
        out.println();
        out.println("In gebruik per ministerie en jaar:");
        if (bestanden.melding() != null) {
            out.println("  " + z(bestanden.melding()));
        }
        for (InGebruik b : bestanden.inGebruik()) {
            Integer versie = b.inGebruikVersie();
            out.printf("  %-5s %s  %-40s %s%n", z(b.ministerie()), z(b.jaar()), z(b.bestand()),
                    versie == null ? "geen versie in gebruik (laatste versie " + z(b.actueleVersie()) + " " + z(b.actueleStatus()) + ")"
                            : "versie " + versie + " (" + z(b.formulier()) + ", " + z(b.regels()) + " regels, ontvangen "
                            + z(b.ontvangenOp()) + ")" + (versie == b.actueleVersie() ? ""
                            : "; nieuwere versie " + z(b.actueleVersie()) + " afgekeurd"));
        }
        out.println();
        out.println("Vastgestelde jaren (andere jaren worden elke run voorlopig gepubliceerd):");
        if (vastgesteld.isEmpty()) {
            out.println("  geen");
        }
        for (Vaststelling.Jaarstand j : vastgesteld) {
            out.println("  " + j.jaar() + ": " + j.publicatie() + (j.gewijzigd().isEmpty()
                    ? "; sindsdien niets veranderd" : "; sindsdien veranderd (nog niet gepubliceerd):"));
            j.gewijzigd().forEach(w -> out.println("    " + w));
            if (!j.gevolgen().isEmpty()) {
                out.println("    gevolg voor de cijfers bij herziening:");
                j.gevolgen().forEach(g -> out.println("      " + g));
            }
        }
        out.println();
        out.println("Inleverstatus per jaar, ministerie en formulier:");
        if (opgaven.isEmpty()) {
            out.println("  nog niets bekend (nog geen run met berekening)");
        }
        for (Inleverstatus.Regel o : opgaven) {
            Inleverstatus.Bestand b = o.bestand();
            out.printf("  %s %-5s %-12s %s%s%n", z(o.jaar()), z(o.ministerie()), z(o.formulier()), z(statusTekst(o)),
                    b == null ? "" : ": " + z(b.bestandsnaam()) + " (versie " + z(b.versie()) + ", ontvangen "
                            + z(tijd(b.ontvangenOp())) + ")");
        }
        return Uitgang.OK;
    }

    /**
     * {@code status --json}, built here at the edge so its keys and their order are in one place: a key is left out
     * where there is nothing to say (a count the run did not get to, the file of a form not delivered, a deadline not
     * set); a value is null where a key is always there but has none (no version in force).
     */
    private static ObjectNode json(List<Run> runs, List<Vaststelling.Jaarstand> vastgesteld, Bestanden bestanden,
                                   List<Inleverstatus.Regel> opgaven) {
        ObjectNode status = JsonNodeFactory.instance.objectNode();
        ArrayNode runLijst = status.putArray("runs");
        for (Run run : runs) {
            ObjectNode r = runLijst.addObject();
            r.put("id", run.id());
            r.put("uitkomst", run.uitkomst());
            if (run.onderbroken()) {
                r.put("reden", run.reden());
            }
            r.put("start", run.start());
            if (run.einde() != null) {
                r.put("einde", run.einde());
                if (run.duurS() != null) {
                    r.put("duur_s", run.duurS());
                }
            }
            Tellingen t = run.tellingen();
            zetAls(r, "bestanden_gezien", t.bestandenGezien());
            zetAls(r, "bestanden_nieuw", t.bestandenNieuw());
            zetAls(r, "bestanden_ongewijzigd", t.bestandenOngewijzigd());
            zetAls(r, "bestanden_geaccepteerd", t.bestandenGeaccepteerd());
            zetAls(r, "bestanden_afgekeurd", t.bestandenAfgekeurd());
            zetAls(r, "regels_geladen", t.regelsGeladen());
            zetAls(r, "tabellen_gepubliceerd", t.tabellenGepubliceerd());
            if (!run.onderbroken() && run.reden() != null) {
                r.put("reden", run.reden());
            }
            run.stappen().forEach((stap, uitkomst) -> r.put("stap_" + stap, uitkomst));
        }
        ArrayNode jaren = status.putArray("vastgesteld");
        for (Vaststelling.Jaarstand j : vastgesteld) {
            ObjectNode p = jaren.addObject();
            p.put("jaar", j.jaar());
            p.put("publicatie", j.publicatie());
            j.gewijzigd().forEach(p.putArray("sinds_vaststelling_gewijzigd")::add);
            j.gevolgen().forEach(p.putArray("gevolg_voor_de_cijfers")::add);
        }
        if (bestanden.melding() != null) {
            status.put("melding", bestanden.melding());
        } else {
            ArrayNode lijst = status.putArray("in_gebruik");
            for (InGebruik b : bestanden.inGebruik()) {
                ObjectNode o = lijst.addObject();
                o.put("ministerie", b.ministerie());
                o.put("jaar", b.jaar());
                o.put("bestand", b.bestand());
                o.put("actuele_versie", b.actueleVersie());
                o.put("actuele_status", b.actueleStatus());
                o.put("in_gebruik_versie", b.inGebruikVersie());
                o.put("formulier", b.formulier());
                o.put("regels", b.regels());
                o.put("ontvangen_op", b.ontvangenOp());
            }
        }
        ArrayNode inlever = status.putArray("inleverstatus");
        for (Inleverstatus.Regel r : opgaven) {
            ObjectNode o = inlever.addObject();
            o.put("jaar", r.jaar());
            o.put("ministerie", r.ministerie());
            o.put("formulier", r.formulier());
            o.put("status", r.status());
            o.put("status_tekst", statusTekst(r));
            if (r.bestand() != null) {
                o.put("bestand", r.bestand().bestandsnaam());
                o.put("versie", r.bestand().versie());
                o.put("ontvangen_op", tijd(r.bestand().ontvangenOp()));
            }
            if (r.teLaat() != null) {
                o.put("te_laat", r.teLaat());
            }
        }
        return status;
    }

    private static void zetAls(ObjectNode o, String sleutel, Long waarde) {
        if (waarde != null) {
            o.put(sleutel, waarde);
        }
    }

    /** The vastgesteld years and what changed since; nothing when no run has recorded any. */
    private List<Vaststelling.Jaarstand> vastgesteld() {
        try {
            return new Vaststelling(warehouse, queries).jaarstanden();
        } catch (RuntimeException e) {
            return List.of(); // no run has created the tables and views yet
        }
    }

    private List<Run> runs() {
        // status holds the run slot itself (the job repository opens for one process only): an execution still
        // marked running belongs to a process that stopped (kill, power cut)
        boolean slotVrij = true;
        List<Run> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(jobNaam, 0, AANTAL_RUNS)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                boolean onderbroken = slotVrij && e.getStatus().isRunning();
                String reden = null;
                if (onderbroken) {
                    reden = "het proces stopte tijdens de run; de volgende run markeert deze als mislukt en doet het werk opnieuw";
                } else {
                    String beschrijving = e.getExitStatus().getExitDescription();
                    if (beschrijving != null && !beschrijving.isBlank()) {
                        reden = beschrijving.lines().findFirst().orElse(beschrijving);
                    }
                }
                Long duur = e.getEndTime() == null || e.getStartTime() == null ? null
                        : Duration.between(e.getStartTime(), e.getEndTime()).toSeconds();
                ExecutionContext ctx = e.getExecutionContext();
                Tellingen tellingen = new Tellingen(telling(ctx, "bestanden.gezien"), telling(ctx, "bestanden.nieuw"),
                        telling(ctx, "bestanden.ongewijzigd"), telling(ctx, Bestandentelling.GEACCEPTEERD),
                        telling(ctx, Bestandentelling.AFGEKEURD), telling(ctx, "regels.geladen"),
                        telling(ctx, "tabellen.gepubliceerd"));
                Map<String, String> stappen = new LinkedHashMap<>();
                for (StepExecution step : e.getStepExecutions()) {
                    stappen.put(step.getStepName(), step.getStatus().name());
                }
                runs.add(new Run(e.getId(), onderbroken ? "ONDERBROKEN" : e.getStatus().name(), onderbroken, reden,
                        tijd(e.getStartTime()), tijd(e.getEndTime()), duur, tellingen, stappen));
            }
        }
        runs.sort(Comparator.comparingLong(Run::id).reversed());
        return runs;
    }

    /** A count the run put in its execution context (int or long), or null when it did not get that far. */
    private static Long telling(ExecutionContext ctx, String sleutel) {
        return ctx.get(sleutel) instanceof Number n ? n.longValue() : null;
    }

    /** Per year, ministry valid that year and form: geaccepteerd, afgekeurd or geen opgave (issue 13). */
    private List<Inleverstatus.Regel> opgaven() {
        if (inleverstatus == null) {
            return List.of();
        }
        try {
            List<Inleverstatus.Regel> opgaven = new ArrayList<>();
            inleverstatus.regels().values().forEach(opgaven::addAll);
            return opgaven;
        } catch (RuntimeException e) {
            // a warehouse without computed views (no run with a computation yet): nothing to say
            return List.of();
        }
    }

    private static String statusTekst(Inleverstatus.Regel r) {
        return Inleverstatus.AFGEKEURD.equals(r.status())
                ? (r.vorigeVersieInGebruik() ? "afgekeurd; vorige versie " + r.bestand().versieInGebruik()
                + " blijft in gebruik" : "afgekeurd; geen versie in gebruik") : r.status();
    }

    private Bestanden inGebruik() {
        try {
            return new Bestanden(warehouse.jdbc().sql(queries.get("status_in_gebruik")).query((rs, i) -> new InGebruik(
                    rs.getString("ministerie"), rs.getInt("jaar"), rs.getString("bestandsnaam"),
                    rs.getInt("actuele_versie"), rs.getString("actuele_status"),
                    rs.getObject("in_gebruik_versie") == null ? null : rs.getInt("in_gebruik_versie"),
                    rs.getString("formulier"),
                    rs.getObject("geladen_regels") == null ? null : rs.getLong("geladen_regels"),
                    rs.getTimestamp("ontvangen_op") == null ? null : tijd(rs.getTimestamp("ontvangen_op").toLocalDateTime())))
                    .list(), null);
        } catch (DataAccessException | WarehouseException e) {
            // never the database's own text (Catalog Error: ...) to a person; the log has it
            org.slf4j.LoggerFactory.getLogger(StatusCommando.class).warn("Warehouse niet leesbaar voor status", e);
            return new Bestanden(List.of(), "Het warehouse kan nu niet gelezen worden: er loopt misschien een run, of er "
                    + "is nog nooit een run geweest met deze datamap.");
        } finally {
            warehouse.close();
        }
    }

    /** A value for the terminal: control characters from file names or messages shown as '?', like the logs do. */
    private static String z(Object v) {
        return v == null ? null : Zichtbaar.van(v.toString());
    }

    /** What {@code status} says while a run holds the data directory (the job repository opens for one process only). */
    public static String bezig(Path data, boolean json) {
        String houder = Zichtbaar.van(RunSlot.houder(data));
        if (json) {
            ObjectNode status = JsonNodeFactory.instance.objectNode();
            status.put("run_bezig", true);
            status.put("houder", houder);
            return mapper().writeValueAsString(status);
        }
        return "Er loopt nu een run op de datamap " + data.toAbsolutePath() + " (" + houder + "). De runs en de versies "
                + "in gebruik zijn te zien zodra die klaar is; probeer het straks opnieuw.";
    }

    private static JsonMapper mapper() {
        // non-ASCII escaped: a file name's terminal escapes (C1 controls, line separators) stay text
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(tools.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
    }

    private static String tijd(LocalDateTime t) {
        return t == null ? null : TIJD.format(t);
    }
}
