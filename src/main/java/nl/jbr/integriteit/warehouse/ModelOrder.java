package nl.jbr.integriteit.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run order of the models, from what each model says it reads, as in a dbt project: every model starts with
 * {@code -- depends: a, b} (or {@code (none)}), naming the sources, models and macros it reads. Layers run in the
 * given order; within a layer a model runs after the models it depends on (ties by file name). The order is
 * checked, not trusted: a model that names something no source or earlier model creates, or that reads a table
 * or calls a macro of the job without declaring it, is an error before anything runs.
 */
public final class ModelOrder {

    private static final Pattern CREATES = Pattern.compile(
            "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TABLE|VIEW|MACRO)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MACRO = Pattern.compile("CREATE\\s+OR\\s+REPLACE\\s+MACRO\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPENDS = Pattern.compile("\\A--\\s*depends:\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern READS = Pattern.compile("\\b(?:FROM|JOIN)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL = Pattern.compile("\\b(\\w+)\\s*\\(");

    private ModelOrder() {
    }

    /**
     * The models of {@code layers} in run order.
     *
     * @param sources the source files (tables created before the models run)
     * @param layers  the models per layer, in layer order
     * @throws IllegalStateException naming the model and what is wrong
     */
    public static List<SqlModel> order(List<SqlModel> sources, List<List<SqlModel>> layers) {
        Set<String> sourceNames = new TreeSet<>();
        sources.forEach(s -> sourceNames.addAll(creates(s.sql())));
        Map<String, String> createdBy = new HashMap<>();
        Set<String> macros = new TreeSet<>();
        for (List<SqlModel> layer : layers) {
            for (SqlModel model : layer) {
                creates(model.sql()).forEach(name -> createdBy.put(name, model.path()));
                Matcher m = MACRO.matcher(model.sql());
                while (m.find()) {
                    macros.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> built = new TreeSet<>(sourceNames);
        List<SqlModel> ordered = new ArrayList<>();
        for (List<SqlModel> layer : layers) {
            List<SqlModel> todo = new ArrayList<>(layer);
            todo.sort(Comparator.comparing(SqlModel::path));
            for (SqlModel model : todo) {
                check(model, sourceNames, createdBy, macros);
            }
            while (!todo.isEmpty()) {
                SqlModel next = todo.stream().filter(m -> built.containsAll(depends(m))).findFirst()
                        .orElseThrow(() -> new IllegalStateException(unresolved(todo, built)));
                ordered.add(next);
                built.addAll(creates(next.sql()));
                todo.remove(next);
            }
        }
        return ordered;
    }

    /** What a model declares it reads. */
    static Set<String> depends(SqlModel model) {
        Matcher m = DEPENDS.matcher(model.sql());
        if (!m.find()) {
            throw new IllegalStateException("model " + model.path() + " does not start with '-- depends: ...'");
        }
        Set<String> names = new TreeSet<>();
        for (String name : m.group(1).split(",")) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (!n.isEmpty() && !n.equals("(none)")) {
                names.add(n);
            }
        }
        return names;
    }

    static Set<String> creates(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CREATES.matcher(sql);
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** Declared names must exist; what the SQL reads of the job must be declared. */
    private static void check(SqlModel model, Set<String> sources, Map<String, String> createdBy, Set<String> macros) {
        Set<String> declared = depends(model);
        Set<String> own = creates(model.sql());
        for (String name : declared) {
            if (!sources.contains(name) && !createdBy.containsKey(name)) {
                throw new IllegalStateException("model " + model.path() + " depends on '" + name
                        + "', which no source or model of the job creates");
            }
        }
        String body = code(model.sql());
        Set<String> read = new TreeSet<>();
        Matcher r = READS.matcher(body);
        while (r.find()) {
            read.add(r.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher c = CALL.matcher(body);
        while (c.find()) {
            String name = c.group(1).toLowerCase(Locale.ROOT);
            if (macros.contains(name)) {
                read.add(name);
            }
        }
        for (String name : read) {
            boolean ofTheJob = sources.contains(name) || createdBy.containsKey(name);
            if (ofTheJob && !own.contains(name) && !declared.contains(name)) {
                throw new IllegalStateException("model " + model.path() + " reads '" + name
                        + "' but does not declare it in its '-- depends:' line");
            }
        }
    }

    /** The SQL without comments and string literals, so neither is mistaken for a table or call. */
    private static String code(String sql) {
        return sql.replaceAll("--[^\\n]*", "").replaceAll("'[^']*'", "''");
    }

    private static String unresolved(List<SqlModel> todo, Set<String> built) {
        StringBuilder b = new StringBuilder("these models read what no earlier model builds (or depend on each other in a circle):");
        for (SqlModel model : todo) {
            Set<String> missing = new TreeSet<>(depends(model));
            missing.removeAll(built);
            b.append(' ').append(model.path()).append(" needs ").append(missing).append(';');
        }
        return b.toString();
    }
}
