package nl.jbr.integriteit.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

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

    public int voerUit(Opdracht opdracht, PrintStream out) {
        List<Map<String, Object>> runs = runs();
        List<Map<String, Object>> opgaven = opgaven();
        Map<String, Object> inGebruik = inGebruik();
        List<Vaststelling.Jaarstand> vastgesteld = vastgesteld();
        if (opdracht.heeft("json")) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("runs", runs);
            List<Map<String, Object>> publicatie = new ArrayList<>();
            for (Vaststelling.Jaarstand j : vastgesteld) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("jaar", j.jaar());
                p.put("publicatie", j.publicatie());
                p.put("sinds_vaststelling_gewijzigd", j.gewijzigd());
                p.put("gevolg_voor_de_cijfers", j.gevolgen());
                publicatie.add(p);
            }
            status.put("vastgesteld", publicatie);
            status.putAll(inGebruik);
            status.put("inleverstatus", opgaven);
            out.println(mapper().writeValueAsString(status));
            return Uitgang.OK;
        }
        out.println("Laatste runs (nieuwste eerst):");
        if (runs.isEmpty()) {
            out.println("  nog geen runs");
        }
        for (Map<String, Object> run : runs) {
            out.printf("  run %-5s %-9s start %s, einde %s, duur %s%n", z(run, "id"), z(run, "uitkomst"),
                    z(run, "start"), zOf(run, "einde", "-"), zOf(run, "duur_s", "-") + " s");
            if (run.containsKey("bestanden_gezien")) {
                out.printf("            bestanden: %s gezien, %s nieuw, %s ongewijzigd, %s geaccepteerd, %s afgekeurd; %s regels geladen; %s tabellen gepubliceerd%n",
                        z(run, "bestanden_gezien"), z(run, "bestanden_nieuw"), z(run, "bestanden_ongewijzigd"),
                        z(run, "bestanden_geaccepteerd"), z(run, "bestanden_afgekeurd"), z(run, "regels_geladen"),
                        zOf(run, "tabellen_gepubliceerd", 0));
            }
            if (run.containsKey("reden")) {
                out.println("            reden: " + z(run, "reden"));
            }
        }
        out.println();
        out.println("In gebruik per ministerie en jaar:");
        if (inGebruik.containsKey("melding")) {
            out.println("  " + z(inGebruik, "melding"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bestanden = (List<Map<String, Object>>) inGebruik.getOrDefault("in_gebruik", List.of());
        for (Map<String, Object> b : bestanden) {
            Object versie = z(b, "in_gebruik_versie");
            out.printf("  %-5s %s  %-40s %s%n", z(b, "ministerie"), z(b, "jaar"), z(b, "bestand"),
                    versie == null ? "geen versie in gebruik (laatste versie " + z(b, "actuele_versie") + " " + z(b, "actuele_status") + ")"
                            : "versie " + versie + " (" + z(b, "formulier") + ", " + z(b, "regels") + " regels, ontvangen "
                            + z(b, "ontvangen_op") + ")" + (versie.equals(z(b, "actuele_versie")) ? ""
                            : "; nieuwere versie " + z(b, "actuele_versie") + " afgekeurd"));
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
        for (Map<String, Object> o : opgaven) {
            out.printf("  %s %-5s %-12s %s%s%n", z(o, "jaar"), z(o, "ministerie"), z(o, "formulier"), z(o, "status_tekst"),
                    o.get("bestand") == null ? "" : ": " + z(o, "bestand") + " (versie " + z(o, "versie") + ", ontvangen "
                            + z(o, "ontvangen_op") + ")");
        }
        return Uitgang.OK;
    }

    /** The vastgesteld years and what changed since; nothing when no run has recorded any. */
    private List<Vaststelling.Jaarstand> vastgesteld() {
        try {
            return new Vaststelling(warehouse, queries).jaarstanden();
        } catch (RuntimeException e) {
            return List.of(); // no run has created the tables and views yet
        }
    }

    private List<Map<String, Object>> runs() {
        // status holds the run slot itself (the job repository opens for one process only): an execution still
        // marked running belongs to a process that stopped (kill, power cut)
        boolean slotVrij = true;
        List<Map<String, Object>> runs = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(jobNaam, 0, AANTAL_RUNS)) {
            for (JobExecution e : repository.getJobExecutions(instance)) {
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("id", e.getId());
                boolean onderbroken = slotVrij && e.getStatus().isRunning();
                run.put("uitkomst", onderbroken ? "ONDERBROKEN" : e.getStatus().name());
                if (onderbroken) {
                    run.put("reden", "het proces stopte tijdens de run; de volgende run markeert deze als mislukt en doet het werk opnieuw");
                }
                run.put("start", tijd(e.getStartTime()));
                if (e.getEndTime() != null) {
                    run.put("einde", tijd(e.getEndTime()));
                    if (e.getStartTime() != null) {
                        run.put("duur_s", Duration.between(e.getStartTime(), e.getEndTime()).toSeconds());
                    }
                }
                ExecutionContext ctx = e.getExecutionContext();
                for (String sleutel : List.of("bestanden.gezien", "bestanden.nieuw", "bestanden.ongewijzigd",
                        "bestanden.geaccepteerd", "bestanden.afgekeurd", "regels.geladen", "tabellen.gepubliceerd")) {
                    if (ctx.containsKey(sleutel)) {
                        run.put(sleutel.replace('.', '_'), ctx.get(sleutel));
                    }
                }
                String reden = e.getExitStatus().getExitDescription();
                if (!onderbroken && reden != null && !reden.isBlank()) {
                    run.put("reden", reden.lines().findFirst().orElse(reden));
                }
                for (StepExecution step : e.getStepExecutions()) {
                    run.put("stap_" + step.getStepName(), step.getStatus().name());
                }
                runs.add(run);
            }
        }
        runs.sort((a, b) -> Long.compare((Long) b.get("id"), (Long) a.get("id")));
        return runs;
    }

    /** Per year, ministry valid that year and form: geaccepteerd, afgekeurd or geen opgave (issue 13). */
    private List<Map<String, Object>> opgaven() {
        List<Map<String, Object>> opgaven = new ArrayList<>();
        if (inleverstatus == null) {
            return opgaven;
        }
        try {
            for (List<Inleverstatus.Regel> regels : inleverstatus.regels().values()) {
                for (Inleverstatus.Regel r : regels) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("jaar", r.jaar());
                    o.put("ministerie", r.ministerie());
                    o.put("formulier", r.formulier());
                    o.put("status", r.status());
                    o.put("status_tekst", Inleverstatus.AFGEKEURD.equals(r.status())
                            ? (r.vorigeVersieInGebruik() ? "afgekeurd; vorige versie " + r.bestand().versieInGebruik()
                            + " blijft in gebruik" : "afgekeurd; geen versie in gebruik") : r.status());
                    if (r.bestand() != null) {
                        o.put("bestand", r.bestand().bestandsnaam());
                        o.put("versie", r.bestand().versie());
                        o.put("ontvangen_op", tijd(r.bestand().ontvangenOp()));
                    }
                    if (r.teLaat() != null) {
                        o.put("te_laat", r.teLaat());
                    }
                    opgaven.add(o);
                }
            }
        } catch (RuntimeException e) {
            // a warehouse without computed views (no run with a computation yet): nothing to say
            opgaven.clear();
        }
        return opgaven;
    }

    private Map<String, Object> inGebruik() {
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            List<Map<String, Object>> bestanden = warehouse.jdbc().sql(queries.get("status_in_gebruik")).query((rs, i) -> {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("ministerie", rs.getString("ministerie"));
                b.put("jaar", rs.getInt("jaar"));
                b.put("bestand", rs.getString("bestandsnaam"));
                b.put("actuele_versie", rs.getInt("actuele_versie"));
                b.put("actuele_status", rs.getString("actuele_status"));
                b.put("in_gebruik_versie", rs.getObject("in_gebruik_versie"));
                b.put("formulier", rs.getString("formulier"));
                b.put("regels", rs.getObject("geladen_regels"));
                b.put("ontvangen_op", rs.getTimestamp("ontvangen_op") == null ? null
                        : tijd(rs.getTimestamp("ontvangen_op").toLocalDateTime()));
                return b;
            }).list();
            result.put("in_gebruik", bestanden);
        } catch (DataAccessException | WarehouseException e) {
            // never the database's own text (Catalog Error: ...) to a person; the log has it
            org.slf4j.LoggerFactory.getLogger(StatusCommando.class).warn("Warehouse niet leesbaar voor status", e);
            result.put("melding", "Het warehouse kan nu niet gelezen worden: er loopt misschien een run, of er is nog "
                    + "nooit een run geweest met deze datamap.");
        } finally {
            warehouse.close();
        }
        return result;
    }

    /** A value for the terminal: control characters from file names or messages shown as '?', like the logs do. */
    private static String z(Map<String, Object> m, String sleutel) {
        Object v = m.get(sleutel);
        return v == null ? null : ValidatieCommando.zichtbaar(v.toString());
    }

    private static String zOf(Map<String, Object> m, String sleutel, Object standaard) {
        return ValidatieCommando.zichtbaar(String.valueOf(m.getOrDefault(sleutel, standaard)));
    }

    /** What {@code status} says while a run holds the data directory (the job repository opens for one process only). */
    public static String bezig(Path data, boolean json) {
        String houder = ValidatieCommando.zichtbaar(RunSlot.houder(data));
        if (json) {
            Map<String, Object> status = new LinkedHashMap<>();
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
