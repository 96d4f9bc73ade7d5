package nl.jbr.integriteit.tabel;

import java.math.BigDecimal;

/**
 * One cell of a published table, made once when a mart is read ({@code publish/MartReader}) and written by every
 * format (CSV, HTML, workbooks, the chapter). Each writer switches on {@link #soort()} with a switch expression, so a
 * new kind of cell does not compile until every writer says how it looks.
 */
public sealed interface Cel permits Cel.Aantal, Cel.Decimaal, Cel.Tekst, Cel.Verborgen, Cel.Leeg {

    /** The kinds of cell, for exhaustive switches. */
    enum Soort {
        /** A whole number. */
        AANTAL,
        /** An exact decimal (a percentage, a rate), already rounded as published. */
        DECIMAAL,
        /** Text: a code, a name, a remark. */
        TEKST,
        /** Hidden by disclosure control: {@code x} (contract 8). */
        VERBORGEN,
        /** Empty: no opgave, or no denominator. */
        LEEG
    }

    Soort soort();

    /**
     * The value as the generic writers of the output kit take it ({@code Long}, {@code BigDecimal}, {@code String},
     * {@link Geheim#X}, or {@code null} for an empty cell).
     */
    Object waarde();

    /** The hidden cell, and the empty one: one each. */
    Cel X = new Verborgen();
    Cel LEEG = new Leeg();

    /** A whole number. */
    record Aantal(long getal) implements Cel {
        public Soort soort() {
            return Soort.AANTAL;
        }

        public Object waarde() {
            return getal;
        }
    }

    /** An exact decimal, with the scale it is published with. */
    record Decimaal(BigDecimal getal) implements Cel {
        public Decimaal {
            java.util.Objects.requireNonNull(getal);
        }

        public Soort soort() {
            return Soort.DECIMAAL;
        }

        public Object waarde() {
            return getal;
        }
    }

    /** Text. */
    record Tekst(String tekst) implements Cel {
        public Tekst {
            java.util.Objects.requireNonNull(tekst);
        }

        public Soort soort() {
            return Soort.TEKST;
        }

        public Object waarde() {
            return tekst;
        }
    }

    /** Hidden by disclosure control. */
    record Verborgen() implements Cel {
        public Soort soort() {
            return Soort.VERBORGEN;
        }

        public Object waarde() {
            return Geheim.X;
        }
    }

    /** Empty. */
    record Leeg() implements Cel {
        public Soort soort() {
            return Soort.LEEG;
        }

        public Object waarde() {
            return null;
        }
    }

    /** The cell of a value of the old kinds: Long/Integer, BigDecimal, String, {@link Geheim}, or null. */
    static Cel van(Object waarde) {
        if (waarde == null) {
            return LEEG;
        }
        if (waarde instanceof Cel cel) {
            return cel;
        }
        if (waarde instanceof Geheim) {
            return X;
        }
        if (waarde instanceof Long || waarde instanceof Integer) {
            return new Aantal(((Number) waarde).longValue());
        }
        if (waarde instanceof BigDecimal decimaal) {
            return new Decimaal(decimaal);
        }
        return new Tekst(waarde.toString());
    }

    /** The whole number in this cell, or null when it holds none (hidden, empty, text, decimal). */
    default Long alsAantal() {
        return this instanceof Aantal a ? a.getal() : null;
    }

    /** The number in this cell as a decimal, or null when it holds none. */
    default BigDecimal alsGetal() {
        return switch (soort()) {
            case AANTAL -> BigDecimal.valueOf(((Aantal) this).getal());
            case DECIMAAL -> ((Decimaal) this).getal();
            case TEKST, VERBORGEN, LEEG -> null;
        };
    }
}
