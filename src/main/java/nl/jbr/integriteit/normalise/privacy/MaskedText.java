package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text being screened. Once a detector has recognised a span (an e-mail address, an IBAN, ...) the span is
 * blanked with spaces of the same length, so that the digits or letters inside it are not reported again as
 * another kind of personal data (the account number inside an IBAN is not a telephone number).
 */
final class MaskedText {

    private String value;

    MaskedText(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    /** Replaces {@code [start, end)} by spaces; offsets stay valid. */
    void blank(int start, int end) {
        StringBuilder sb = new StringBuilder(value);
        for (int i = start; i < end; i++) {
            sb.setCharAt(i, ' ');
        }
        value = sb.toString();
    }

    /** Blanks every match of {@code pattern}; whether there was one. */
    boolean blankAll(Pattern pattern) {
        boolean found = false;
        Matcher m = pattern.matcher(value());
        while (m.find()) {
            blank(m.start(), m.end());
            found = true;
        }
        return found;
    }
}
