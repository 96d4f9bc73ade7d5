package nl.jbr.integriteit.instellingen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.jbr.integriteit.uitvoer.Toegang;
import nl.jbr.integriteit.uitvoer.Uitvoermappen;

/**
 * Where the pipeline reads and writes. The command line maps {@code --input DIR} etc. onto these
 * ({@code jbr.input}, ...); every value has a default relative to the working directory.
 *
 * @param input   the drop folder: input/&lt;MINISTERIE&gt;/&lt;jaar&gt;/*.csv
 * @param output  where tables and feedback are published
 * @param data    state: archive of every file version, the DuckDB warehouse, the job repository, logs
 * @param schemas form definitions and code lists (a Spring resource location)
 * @param jobs    SQL models, table definitions and templates (a Spring resource location)
 * @param limits  limits on what one input file may contain
 * @param innameThreads files validated and loaded at the same time (0: one per processor)
 * @param onthulling disclosure control of the published tables (contract 8)
 * @param terugmelding who may read each ministry's feedback folder
 * @param beheer      who may read BZK's own folder
 * @param publicatie  where the public folder is put online and under which licence (the open-data catalogue)
 * @param run     the {@code run} command
 * @param serve   the {@code serve} command
 */
@ConfigurationProperties(prefix = "jbr")
public record JbrProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        @DefaultValue("data") Path data,
        @DefaultValue("classpath:input-schemas/") String schemas,
        @DefaultValue("classpath:jobs/") String jobs,
        @DefaultValue Limits limits,
        @DefaultValue("0") int innameThreads,
        @DefaultValue Onthulling onthulling,
        @DefaultValue Terugmelding terugmelding,
        @DefaultValue Beheer beheer,
        @DefaultValue Publicatie publicatie,
        @DefaultValue Run run,
        @DefaultValue Serve serve) {

    /**
     * Limits enforced while streaming a file; exceeding one is a finding, never a crash.
     *
     * @param maxFileBytes  largest file accepted (bytes)
     * @param maxLineChars  longest record (characters, all fields of one row together)
     * @param maxRows       most data rows in one file
     * @param maxFields     most fields in one row
     */
    public record Limits(
            @DefaultValue("104857600") long maxFileBytes,
            @DefaultValue("100000") int maxLineChars,
            @DefaultValue("2000000") long maxRows,
            @DefaultValue("200") int maxFields) {
    }

    /**
     * Disclosure control.
     *
     * @param drempel        counts of people {@code 1 <= n < drempel} are not published ({@code 1}: protection off)
     * @param correctiemarge how much the attacker of the audit across versions assumes a corrected ministry's cell
     *                       moved at most ({@code 0}: the threshold)
     */
    public record Onthulling(@DefaultValue("3") int drempel, @DefaultValue("0") int correctiemarge) {

        /** The margin the audit across versions uses. */
        public int marge() {
            return correctiemarge > 0 ? correctiemarge : drempel;
        }
    }

    /**
     * Groups of the feedback folders ({@code output/terugmelding/<MIN>/}).
     *
     * @param groep per ministry code the group whose members (that ministry's coordinators) may read its folder; key
     *              {@code standaard}: the group of {@code terugmelding/} itself and of every ministry without one
     */
    public record Terugmelding(Map<String, String> groep) {
        public Terugmelding {
            groep = groep == null ? Map.of() : Map.copyOf(groep);
        }
    }

    /**
     * BZK's own folder {@code output/beheer/}.
     *
     * @param groep the group that may read it (empty: the service user's own group)
     */
    public record Beheer(@DefaultValue("") String groep) {
    }

    /**
     * How the public folder {@code output/openbaar/} is published, for its open-data catalogue
     * ({@code openbaar/catalogus.ttl}, DCAT-AP).
     *
     * @param basisUrl the address at which the contents of {@code openbaar/} are online, ending in {@code /}
     *                 (one is added when missing); the default is a placeholder, to be set before the catalogue is
     *                 offered to a portal such as data.overheid.nl
     * @param licentie the URI of the licence of every published file (default CC0 1.0, the default for Dutch
     *                 government open data)
     */
    public record Publicatie(
            @DefaultValue(STANDAARD_BASIS_URL) String basisUrl,
            @DefaultValue(STANDAARD_LICENTIE) String licentie) {

        public static final String STANDAARD_BASIS_URL = "https://example.org/jbr-integriteit/";
        public static final String STANDAARD_LICENTIE = "http://creativecommons.org/publicdomain/zero/1.0/";

        public Publicatie {
            basisUrl = absoluut("jbr.publicatie.basis-url", basisUrl == null || basisUrl.isBlank() ? STANDAARD_BASIS_URL : basisUrl.strip());
            if (!basisUrl.endsWith("/")) {
                basisUrl = basisUrl + "/";
            }
            licentie = absoluut("jbr.publicatie.licentie", licentie == null || licentie.isBlank() ? STANDAARD_LICENTIE : licentie.strip());
        }

        /** The defaults. */
        public static Publicatie standaard() {
            return new Publicatie(STANDAARD_BASIS_URL, STANDAARD_LICENTIE);
        }

        // an absolute http(s) address without characters a Turtle IRI cannot hold
        private static String absoluut(String naam, String waarde) {
            java.net.URI uri;
            try {
                uri = new java.net.URI(waarde);
            } catch (java.net.URISyntaxException e) {
                uri = null;
            }
            if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(naam + " moet een volledig http- of https-adres zijn (zonder ? of #), niet '"
                        + waarde + "'");
            }
            return waarde;
        }
    }

    /** The output folder split by audience. */
    public Uitvoermappen uitvoer() {
        return new Uitvoermappen(output);
    }

    /** The permissions of the output folder, with the configured groups. */
    public Toegang toegang() {
        return new Toegang(uitvoer(), terugmelding.groep(), beheer.groep());
    }

    /**
     * The {@code run} command.
     *
     * @param wachttijd how long {@code run --wait} waits for the run slot (a run or a {@code serve} on the same data
     *                  directory) before it gives up with exit code 3
     */
    public record Run(@DefaultValue("12h") Duration wachttijd) {
    }

    /**
     * The {@code serve} command's drop-folder watcher.
     *
     * @param rustperiode how long a file's size and modification time must stay the same (and its checksum, taken at
     *                    the start and the end of that time, agree) before it is taken: a file still being copied is not
     * @param herscan     how often the drop folder is scanned regardless of file events (network shares send none; a
     *                    watcher that failed is restarted at the latest then)
     */
    public record Serve(@DefaultValue("3s") Duration rustperiode, @DefaultValue("15s") Duration herscan) {
    }
}
