package nl.jbr.integriteit.bevinding;

/** Severity of a finding (contract 6.2): a {@code fout} rejects the whole file. */
public enum Ernst {
    FOUT("fout"),
    WAARSCHUWING("waarschuwing");

    private final String label;

    Ernst(String label) {
        this.label = label;
    }

    /** The word written in feedback files. */
    public String label() {
        return label;
    }

    public static Ernst fromLabel(String label) {
        for (Ernst e : values()) {
            if (e.label.equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown ernst: " + label);
    }
}
