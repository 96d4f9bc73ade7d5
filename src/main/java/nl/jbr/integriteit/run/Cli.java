package nl.jbr.integriteit.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Zichtbaar;

/**
 * Parses the command line of contract section 7. Options are written {@code --name value} (or
 * {@code --name=value}); flags ({@code --json}, {@code --wait}) take no value.
 */
public final class Cli {

    public static final String GEBRUIK = """
            Gebruik:
              java -jar jbr-integriteit.jar run      [--input DIR] [--output DIR] [--data DIR] [--jaar N] [--wait]
              java -jar jbr-integriteit.jar serve    [--input DIR] [--output DIR] [--data DIR] [--cron "0 0 2 * * *"]
              java -jar jbr-integriteit.jar validate BESTAND [--ministerie CODE] [--jaar N]
              java -jar jbr-integriteit.jar status   [--data DIR] [--json]
              java -jar jbr-integriteit.jar formulier [--jaar N] [--ministerie CODE] [--uit BESTAND]
              java -jar jbr-integriteit.jar vaststellen --jaar N [--output DIR] [--data DIR]
            """;

    private static final Map<String, Set<String>> OPTIES = Map.of(
            "run", Set.of("input", "output", "data", "jaar", "schemas", "wait"),
            "validate", Set.of("ministerie", "jaar", "schemas"),
            "serve", Set.of("input", "output", "data", "jaar", "schemas", "cron"),
            "status", Set.of("data", "output", "json"),
            "formulier", Set.of("jaar", "ministerie", "uit", "output", "schemas"),
            "vaststellen", Set.of("jaar", "output", "data", "schemas"));
    private static final Set<String> VLAGGEN = Set.of("wait", "json");

    private Cli() {
    }

    /** Thrown for a command line that cannot be understood; the message is for the user (Dutch). */
    public static final class Gebruiksfout extends Exception {
        public Gebruiksfout(String message) {
            super(message);
        }
    }

    public static Opdracht parse(String... args) throws Gebruiksfout {
        if (args.length == 0) {
            throw new Gebruiksfout("Geef een opdracht: " + String.join(", ", OPTIES.keySet().stream().sorted().toList()) + ".");
        }
        String commando = args[0];
        Set<String> toegestaan = OPTIES.get(commando);
        if (toegestaan == null) {
            throw new Gebruiksfout("Onbekende opdracht '" + commando + "'.");
        }
        Map<String, String> opties = new LinkedHashMap<>();
        String argument = null;
        List<String> rest = List.of(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.startsWith("--")) {
                String naam = a.substring(2);
                String waarde = null;
                int is = naam.indexOf('=');
                if (is >= 0) {
                    waarde = naam.substring(is + 1);
                    naam = naam.substring(0, is);
                }
                if (!toegestaan.contains(naam) && !VLAGGEN.contains(naam) && !naam.startsWith("jbr.")) {
                    throw new Gebruiksfout("Onbekende optie '--" + naam + "' voor " + commando + ".");
                }
                if (waarde == null && !VLAGGEN.contains(naam)) {
                    if (i + 1 >= rest.size()) {
                        throw new Gebruiksfout("De optie '--" + naam + "' heeft een waarde nodig.");
                    }
                    waarde = rest.get(++i);
                }
                opties.put(naam, waarde == null ? "" : waarde);
            } else if (argument == null && "validate".equals(commando)) {
                argument = a;
            } else {
                throw new Gebruiksfout("Onverwacht argument '" + a + "'.");
            }
        }
        if ("validate".equals(commando) && argument == null) {
            throw new Gebruiksfout("Geef het bestand dat gecontroleerd moet worden.");
        }
        if ("vaststellen".equals(commando) && !opties.containsKey("jaar")) {
            throw new Gebruiksfout("Geef met '--jaar N' het jaar dat wordt vastgesteld.");
        }
        if (opties.containsKey("jaar") && !opties.get("jaar").matches("\\d{4}")) {
            throw new Gebruiksfout("'--jaar' moet een jaartal van vier cijfers zijn.");
        }
        if (opties.containsKey("cron")) {
            cron(opties.get("cron"));
        }
        return new Opdracht(commando, argument, opties);
    }

    /** The schedule of {@code serve --cron} (Spring's six fields, seconds first); a usage error when it is none. */
    public static org.springframework.scheduling.support.CronExpression cron(String uitdrukking) throws Gebruiksfout {
        try {
            return org.springframework.scheduling.support.CronExpression.parse(uitdrukking);
        } catch (IllegalArgumentException e) {
            // Spring's own message is English ("Cron expression must consist of 6 fields"): our sentence only
            throw new Gebruiksfout("De cron-uitdrukking '" + Zichtbaar.van(uitdrukking) + "' is ongeldig: "
                    + "schrijf zes velden gescheiden door spaties, seconden eerst (seconde minuut uur dag maand weekdag), "
                    + "bijvoorbeeld \"0 0 2 * * *\" voor elke nacht om 02:00.");
        }
    }

    /**
     * A folder given on the command line as a Spring resource location: a plain path becomes a {@code file:}
     * URL of the absolute folder ({@code classpath:} and {@code file:} locations are kept as given).
     */
    static String locatie(String map) {
        if (map.startsWith("classpath:") || map.startsWith("file:")) {
            return map.endsWith("/") ? map : map + "/";
        }
        return java.nio.file.Path.of(map).toAbsolutePath().normalize().toUri().toString();
    }

    /** The Spring properties this command line sets ({@code --input DIR} becomes {@code jbr.input=DIR}). */
    public static Map<String, String> eigenschappen(Opdracht opdracht) {
        Map<String, String> props = new LinkedHashMap<>();
        for (String naam : List.of("input", "output", "data")) {
            if (opdracht.heeft(naam)) {
                props.put("jbr." + naam, opdracht.optie(naam));
            }
        }
        // any further setting as --jbr.<name> <value>, e.g. --jbr.limits.max-rows 500000
        opdracht.opties().forEach((naam, waarde) -> {
            if (naam.startsWith("jbr.")) {
                props.put(naam, waarde);
            }
        });
        if (opdracht.heeft("schemas")) {
            props.put("jbr.schemas", locatie(opdracht.optie("schemas")));
        }
        if ("validate".equals(opdracht.commando()) || "formulier".equals(opdracht.commando())) {
            // validate touches nothing on disk: the job repository lives in memory for it
            props.put("jbr.repository.url", "jdbc:h2:mem:validate;DB_CLOSE_DELAY=-1");
            props.put("logging.file.name", "");
        }
        return props;
    }
}
