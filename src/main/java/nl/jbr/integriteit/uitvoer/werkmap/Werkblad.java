package nl.jbr.integriteit.uitvoer.werkmap;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of a workbook we write: rows of typed cells, top to bottom. A cell is a {@link String} (text, never a
 * formula), a {@link Long} (whole number), a {@link java.math.BigDecimal} (decimal number, shown with its own
 * scale), a {@link Rechts} (text aligned right, as the numbers beside it), a {@link Verwijzing} (text linking to
 * another sheet), or {@code null} (empty). Anything else is written as its {@code toString()} text (so
 * {@link nl.jbr.integriteit.tabel.Geheim#X} becomes the text {@code x}).
 * <p>
 * The frozen rows stay in view when scrolling and are repeated at the top of every printed page (print titles).
 *
 * @param naam       the sheet name (at most 31 characters, none of {@code []:*?/\})
 * @param rijen      the rows
 * @param breedtes   column widths in characters (Excel's unit), one per column
 * @param vasteRijen rows frozen at the top (0: none)
 */
public record Werkblad(String naam, List<Rij> rijen, List<Integer> breedtes, int vasteRijen) {

    public Werkblad {
        if (naam.isEmpty() || naam.length() > 31 || naam.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("not a valid sheet name: " + naam);
        }
        rijen = List.copyOf(rijen);
        breedtes = List.copyOf(breedtes);
    }

    /** A text cell aligned right, as the numbers beside it: {@code x} (geheim) and {@code –} (geen cijfer). */
    public record Rechts(String tekst) {
        @Override
        public String toString() {
            return tekst;
        }
    }

    /** A text cell that links to cell A1 of the sheet {@code blad} of the same workbook. */
    public record Verwijzing(String tekst, String blad) {
        @Override
        public String toString() {
            return tekst;
        }
    }

    /** How a row looks. */
    public enum Stijl {
        /** the sheet's title: bold, larger */
        TITEL,
        /** a header row: bold */
        KOP,
        /** data */
        GEWOON,
        /** footnotes and source: italic */
        VOETNOOT
    }

    /** One row; its cells may be shorter than the widest row. */
    public record Rij(Stijl stijl, List<Object> cellen) {
        public Rij {
            cellen = java.util.Collections.unmodifiableList(new ArrayList<>(cellen));
        }

        public static Rij van(Stijl stijl, Object... cellen) {
            return new Rij(stijl, java.util.Arrays.asList(cellen));
        }
    }

    /** Column widths that fit the widest cell of the non-title rows, between 6 and {@code max} characters. */
    public static List<Integer> breedtes(List<Rij> rijen, int max) {
        List<Integer> breedtes = new ArrayList<>();
        for (Rij rij : rijen) {
            if (rij.stijl() == Stijl.TITEL || rij.stijl() == Stijl.VOETNOOT) {
                continue;
            }
            for (int i = 0; i < rij.cellen().size(); i++) {
                Object cel = rij.cellen().get(i);
                int lengte = cel == null ? 0 : cel.toString().length() + 2;
                while (breedtes.size() <= i) {
                    breedtes.add(6);
                }
                breedtes.set(i, Math.min(max, Math.max(breedtes.get(i), lengte)));
            }
        }
        return breedtes;
    }

    /**
     * A valid, unique sheet name made of {@code wens}: forbidden characters replaced, cut at 31 characters, and
     * numbered when {@code gebruikt} already holds it (case-insensitively, as Excel compares).
     */
    public static String bladnaam(String wens, java.util.Set<String> gebruikt) {
        String naam = wens.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (naam.isEmpty()) {
            naam = "Blad";
        }
        naam = naam.length() > 31 ? naam.substring(0, 31) : naam;
        String kandidaat = naam;
        for (int n = 2; gebruikt.contains(kandidaat.toLowerCase(java.util.Locale.ROOT)); n++) {
            String achter = " (" + n + ")";
            kandidaat = naam.substring(0, Math.min(naam.length(), 31 - achter.length())) + achter;
        }
        gebruikt.add(kandidaat.toLowerCase(java.util.Locale.ROOT));
        return kandidaat;
    }
}
