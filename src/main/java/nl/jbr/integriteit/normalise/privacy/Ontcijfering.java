package nl.jbr.integriteit.normalise.privacy;

/**
 * Undoes the encodings a spreadsheet cell can carry, so that the screening reads what a reader of the published
 * text would read: Excel's {@code _xHHHH_} ({@link ExcelCodering}), HTML and XML character references
 * ({@link HtmlTekenverwijzingen}), percent-encoding and quoted-printable ({@link Bytecodering}). Encodings can be
 * stacked ({@code &amp;#64;}, {@code %2540}, {@code _x005F_x0040_}, {@code &#95;x0040&#95;}), so the layers are
 * peeled off in rounds until nothing changes (at most {@value #ROUNDS} rounds). Whether an Excel escape was seen
 * at any stage is remembered: such a text is never published.
 *
 * @param text         the decoded text (the same instance when there was nothing to decode)
 * @param excelEscape  whether the text held an {@code _xHHHH_} escape before, during or after decoding
 */
record Ontcijfering(String text, boolean excelEscape) {

    static final int ROUNDS = 4;

    static Ontcijfering of(String s) {
        String current = s;
        boolean excel = false;
        for (int round = 0; round < ROUNDS && mayBeEncoded(current); round++) {
            excel |= ExcelCodering.contains(current);
            String next = Bytecodering.QUOTED_PRINTABLE.decode(Bytecodering.PROCENT.decode(
                    HtmlTekenverwijzingen.decode(ExcelCodering.decode(current))));
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        excel |= ExcelCodering.contains(current);
        return new Ontcijfering(current, excel);
    }

    private static boolean mayBeEncoded(String s) {
        return s.indexOf('_') >= 0 || s.indexOf('&') >= 0 || s.indexOf('%') >= 0 || s.indexOf('=') >= 0;
    }
}
