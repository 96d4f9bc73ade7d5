package nl.jbr.integriteit.onthulling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The logical cells of one year and the relations between them that anyone holding the tables knows. */
public final class Celmodel {

    private final int jaar;
    private final List<Cel> cellen;
    private final List<Relatie> relaties;
    private final Map<String, Integer> index;
    private final int[][] relatiesPerCel;

    public Celmodel(int jaar, List<Cel> cellen, List<Relatie> relaties) {
        this.jaar = jaar;
        this.cellen = List.copyOf(cellen);
        this.relaties = List.copyOf(relaties);
        this.index = new HashMap<>();
        for (int i = 0; i < cellen.size(); i++) {
            if (index.put(cellen.get(i).id(), i) != null) {
                throw new IllegalArgumentException("cell " + cellen.get(i).id() + " twice in " + jaar);
            }
        }
        List<List<Integer>> perCel = new ArrayList<>();
        cellen.forEach(c -> perCel.add(new ArrayList<>()));
        for (int r = 0; r < relaties.size(); r++) {
            for (int cel : relaties.get(r).cellen()) {
                perCel.get(cel).add(r);
            }
        }
        this.relatiesPerCel = perCel.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    public int jaar() {
        return jaar;
    }

    public int grootte() {
        return cellen.size();
    }

    public Cel cel(int i) {
        return cellen.get(i);
    }

    public List<Relatie> relaties() {
        return relaties;
    }

    public Relatie relatie(int r) {
        return relaties.get(r);
    }

    /** The relations cell {@code i} takes part in. */
    public int[] relatiesVan(int i) {
        return relatiesPerCel[i];
    }

    /** The index of a cell by id, or -1. */
    public int index(String id) {
        return index.getOrDefault(id, -1);
    }

    /** Builds a model from rows; relation terms name their cell by id. */
    public static final class Builder {

        private final int jaar;
        private final List<Cel> cellen = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, List<long[]>> termen = new java.util.LinkedHashMap<>();
        private final Map<String, Boolean> gelijk = new HashMap<>();

        public Builder(int jaar) {
            this.jaar = jaar;
        }

        public Builder cel(String id, long waarde, long ondergrens, Celsoort soort) {
            index.put(id, cellen.size());
            cellen.add(new Cel(id, waarde, ondergrens, soort));
            return this;
        }

        /** Adds {@code coefficient x cel} to relation {@code naam}; a term for a cell without a figure is ignored. */
        public Builder term(String naam, boolean isGelijk, String cel, long coefficient) {
            Integer i = index.get(cel);
            if (i == null) {
                throw new IllegalArgumentException("relation " + naam + " names unknown cell " + cel);
            }
            termen.computeIfAbsent(naam, n -> new ArrayList<>()).add(new long[] {i, coefficient});
            gelijk.put(naam, isGelijk);
            return this;
        }

        public Celmodel build() {
            List<Relatie> relaties = new ArrayList<>();
            termen.forEach((naam, lijst) -> relaties.add(new Relatie(naam, gelijk.get(naam),
                    lijst.stream().mapToInt(t -> (int) t[0]).toArray(),
                    lijst.stream().mapToLong(t -> t[1]).toArray())));
            return new Celmodel(jaar, cellen, relaties);
        }
    }
}
