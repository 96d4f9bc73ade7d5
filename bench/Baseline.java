import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The DuckDB-only baseline of issue 6: loads every file of a drop folder with DuckDB's own CSV
 * reader ({@code read_csv}) into one table per form, then computes the aggregations of the
 * published category and per-ministry tables. All SQL is in {@code bench/baseline.sql}; this
 * driver only finds the files, tells DuckDB each file's delimiter and encoding, and which of the
 * file's header names is which column (the forms allow aliases in any order).
 *
 * <pre>
 *   java -cp duckdb_jdbc.jar bench/Baseline.java DROP_DIR [--db FILE] [--sql bench/baseline.sql] [--print] [--check QUERY_FILE]
 * </pre>
 *
 * Prints one line {@code BASELINE files=<f> incident_rows=<n> personeel_rows=<p> load_ms=<l> transcode_ms=<t> aggregate_ms=<a> wall_ms=<w>}
 * (transcode_ms is the part of load_ms spent converting Windows-1252 files to UTF-8)
 * (wall_ms from the start of main, so without JVM start-up; bench/run.sh measures that from outside).
 * With {@code --print} the two aggregated tables are printed as well.
 */
public class Baseline {

    /** Header aliases of contract section 3 (normalised: lower case, no accents, letters and digits only). */
    static final Map<String, String> INCIDENT_ALIASES = aliases(
            "volgnummer", "volgnummer|zaaknummer|kenmerk|nummer",
            "onderdeel", "onderdeel|dienst|dienstonderdeel|organisatieonderdeel|herkomst",
            "rapportage_jaar", "jaar|rapportagejaar",
            "rapportage_ministerie", "ministerie|departement",
            "datum_melding", "datum_melding|meldingsdatum|datum",
            "soort_incident", "soort_incident|soort",
            "categorie", "categorie|aard|type schending|soort schending",
            "subcategorie", "subcategorie|betreft",
            "aantal_betrokkenen", "aantal_betrokkenen|aantal|aantal ambtenaren",
            "soort_onderzoek", "soort_onderzoek|onderzoek",
            "uitkomst", "uitkomst|aangetoond|handhaving",
            "afdoening", "afdoening|maatregel|sanctie",
            "aangifte", "aangifte|aangifte gedaan",
            "omschrijving", "omschrijving",
            "toelichting_afronding", "toelichting_afronding|toelichting",
            "publiceerbaar", "publiceerbaar");
    static final Map<String, String> PERSONEEL_ALIASES = aliases(
            "onderdeel", "onderdeel|dienst|dienstonderdeel",
            "rapportage_jaar", "jaar",
            "rapportage_ministerie", "ministerie",
            "aantal_medewerkers", "aantal_medewerkers|medewerkers|personeelsomvang|aantal personen",
            "aantal_fte", "aantal_fte|fte",
            "aantal_nevenwerkzaamheden", "aantal_nevenwerkzaamheden|nevenwerkzaamheden|gemelde nevenwerkzaamheden");

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path drop = null;
        String db = "";
        Path sqlFile = Path.of("bench", "baseline.sql");
        boolean print = false;
        Path check = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--sql" -> sqlFile = Path.of(args[++i]);
                case "--print" -> print = true;
                case "--check" -> check = Path.of(args[++i]);
                default -> drop = Path.of(args[i]);
            }
        }
        if (drop == null) {
            System.err.println("Usage: java -cp duckdb_jdbc.jar bench/Baseline.java DROP_DIR [--db FILE] [--sql FILE] [--print]");
            System.exit(2);
        }
        Map<String, String> sections = sections(Files.readString(sqlFile));
        List<Path> files;
        Path root = drop;
        try (Stream<Path> s = Files.walk(root)) {
            // input/<MINISTERIE>/<jaar>/<file>.csv only
            files = s.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).getNameCount() == 3)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        }
        transcodeDir = Files.createTempDirectory("baseline-utf8-");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            execute(st, sections.get("setup"));
            int loaded = 0;
            for (Path file : files) {
                String sql = loadStatement(drop, file, sections);
                if (sql == null) {
                    System.err.println("BASELINE skipped (form not recognised): " + file);
                    continue;
                }
                try (Statement load = c.createStatement()) { // a failed statement is closed by the driver
                    load.execute(sql);
                    loaded++;
                } catch (SQLException e) {
                    System.err.println("BASELINE could not load " + file + ": " + e.getMessage());
                }
            }
            long loadedAt = System.nanoTime();
            execute(st, sections.get("aggregate"));
            long aggregatedAt = System.nanoTime();
            long incidents = scalar(st, "SELECT count(*) FROM melding");
            long personeel = scalar(st, "SELECT count(*) FROM personeel");
            if (check != null) { // an extra query over the loaded tables, printed row by row (bench/test.sh)
                printTable(st, Files.readString(check));
            }
            if (print) {
                printTable(st, "SELECT * FROM uit_per_categorie");
                printTable(st, "SELECT * FROM uit_per_ministerie");
            }
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "BASELINE files=%d incident_rows=%d personeel_rows=%d load_ms=%d transcode_ms=%d aggregate_ms=%d wall_ms=%d%n",
                    loaded, incidents, personeel, (loadedAt - start) / 1_000_000, transcodeNanos / 1_000_000, (aggregatedAt - loadedAt) / 1_000_000,
                    (end - start) / 1_000_000);
        } finally {
            try (Stream<Path> s = Files.list(transcodeDir)) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(transcodeDir);
        }
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static Path transcodeDir;
    static long transcodeNanos;

    /** The INSERT ... FROM read_csv(...) for one file, or null when its form is not recognised. */
    static String loadStatement(Path drop, Path file, Map<String, String> sections) throws IOException {
        Path rel = drop.relativize(file);
        String ministerie = rel.getName(0).toString();
        int jaar = Integer.parseInt(rel.getName(1).toString());
        byte[] head = readHead(file, 1 << 16);
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        boolean utf8 = bom || isUtf8(head);
        Charset charset = utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
        Path source = file;
        if (!utf8) {
            // DuckDB's built-in 'latin-1' decoder refuses the bytes 0x80-0x9F that Windows-1252 uses
            // for €, ’ and the like, and 'CP1252' needs the encodings extension (a download). So
            // these files are transcoded to UTF-8 first, streaming; the time counts in the baseline.
            source = transcodeDir.resolve(rel.toString().replace('/', '_').replace('\\', '_'));
            long t0 = System.nanoTime();
            try (java.io.Reader in = Files.newBufferedReader(file, WINDOWS_1252);
                 java.io.Writer out = Files.newBufferedWriter(source, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            transcodeNanos += System.nanoTime() - t0;
        }
        String encoding = "utf-8";
        String text = new String(head, charset);
        if (bom) text = text.substring(1);
        int eol = text.indexOf('\n');
        String headerLine = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "");
        char delim = delimiter(headerLine);
        List<String> header = splitHeader(headerLine, delim);
        String form = null;
        Map<String, String> aliases = null;
        for (String h : header) {
            String key = INCIDENT_ALIASES.get(normalise(h));
            if ("categorie".equals(key)) { form = "incidenten"; aliases = INCIDENT_ALIASES; }
            if ("aantal_medewerkers".equals(PERSONEEL_ALIASES.get(normalise(h)))) { form = "personeel"; aliases = PERSONEEL_ALIASES; }
        }
        if (form == null) return null;
        String required = form.equals("incidenten") ? "categorie" : "onderdeel";
        List<String> columns = new ArrayList<>();
        List<String> select = new ArrayList<>();
        String requiredHeader = null;
        for (String h : header) {
            String key = aliases.get(normalise(h));
            if (key == null || columns.contains(key)) continue;
            columns.add(key);
            select.add(quoteIdentifier(h));
            if (key.equals(required)) requiredHeader = quoteIdentifier(h);
        }
        if (requiredHeader == null) return null;
        return sections.get(form)
                .replace("{path}", source.toAbsolutePath().toString().replace("'", "''"))
                .replace("{delim}", delim == '\t' ? "\t" : String.valueOf(delim))
                .replace("{encoding}", encoding)
                .replace("{ministerie}", ministerie.replace("'", "''"))
                .replace("{jaar}", Integer.toString(jaar))
                .replace("{columns}", String.join(", ", columns))
                .replace("{select}", String.join(", ", select))
                .replace("{required}", requiredHeader);
    }

    static char delimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(ch -> ch == ';').count();
        long tabs = headerLine.chars().filter(ch -> ch == '\t').count();
        long commas = headerLine.chars().filter(ch -> ch == ',').count();
        if (tabs >= semicolons && tabs >= commas && tabs > 0) return '\t';
        return semicolons >= commas ? ';' : ',';
    }

    /** Header cells (headers have no embedded separators or line breaks; quotes are removed). */
    static List<String> splitHeader(String line, char delim) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delim)), -1)) {
            String t = cell.trim();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
            cells.add(t);
        }
        return cells;
    }

    static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static Map<String, String> aliases(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String alias : pairs[i + 1].split("\\|")) m.put(normalise(alias), pairs[i]);
        }
        return m;
    }

    static boolean isUtf8(byte[] head) {
        // Cut at the last complete line so a multi-byte character split by the buffer end does not count.
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') end--;
        if (end == 0) end = head.length;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    static Map<String, String> sections(String sql) {
        Map<String, String> result = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : sql.split("\n", -1)) {
            if (line.startsWith("-- @")) {
                if (name != null) result.put(name, body.toString());
                name = line.substring(4).trim();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) result.put(name, body.toString());
        return result;
    }

    /** Executes the statements of a section one by one (split on ';' at a line end). */
    static void execute(Statement st, String section) throws SQLException {
        for (String stmt : section.split(";\\s*\n")) {
            String withoutComments = stmt.replaceAll("(?m)^\\s*--.*$", "").trim();
            if (!withoutComments.isEmpty()) st.execute(stmt);
        }
    }

    static long scalar(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void printTable(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) sb.append(i > 1 ? "\t" : "").append(md.getColumnName(i));
            System.out.println(sb);
            while (rs.next()) {
                sb.setLength(0);
                for (int i = 1; i <= md.getColumnCount(); i++) sb.append(i > 1 ? "\t" : "").append(rs.getString(i));
                System.out.println(sb);
            }
        }
    }
}
