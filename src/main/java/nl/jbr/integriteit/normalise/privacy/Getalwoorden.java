package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.Map;

/**
 * Numbers written in words, or in words and digits mixed, as people dictate a telephone number:
 * {@code nul zes een twee drie vier vijf zes zeven acht}, {@code 06-een twee drie ...},
 * {@code nul-zes twaalf vierendertig zesenvijftig achtenzeventig}, {@code bel 06-1twee3vier5zes7acht},
 * {@code plus eenendertig zes ...}, also in English ({@code zero six one two ...}). Such a run becomes its digits,
 * without separators ({@code 0612345678}), so that the telephone, BSN and IBAN detectors read it.
 *
 * <p>Only a run with at least {@value #MIN_DIGITS} digits is rewritten, and only when it holds a number word that
 * is not also the article ("een", "one"): {@code in 2024 een 1200 medewerkers} stays as it is. Dutch numbers up to
 * 99 are read, including compounds ({@code vierendertig}, {@code tweeëntwintig}); hundreds and thousands are not
 * how numbers are dictated and are not read.
 */
final class Getalwoorden {

    private static final int MIN_DIGITS = 7;

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("nul", 0), Map.entry("een", 1), Map.entry("één", 1), Map.entry("eén", 1), Map.entry("twee", 2),
            Map.entry("drie", 3), Map.entry("vier", 4), Map.entry("vijf", 5), Map.entry("zes", 6),
            Map.entry("zeven", 7), Map.entry("acht", 8), Map.entry("negen", 9), Map.entry("zero", 0),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9));

    private static final Map<String, Integer> TEENS = Map.ofEntries(
            Map.entry("tien", 10), Map.entry("elf", 11), Map.entry("twaalf", 12), Map.entry("dertien", 13),
            Map.entry("veertien", 14), Map.entry("vijftien", 15), Map.entry("zestien", 16),
            Map.entry("zeventien", 17), Map.entry("achttien", 18), Map.entry("negentien", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "twintig", 20, "dertig", 30, "veertig", 40, "vijftig", 50, "zestig", 60, "zeventig", 70,
            "tachtig", 80, "negentig", 90);

    private Getalwoorden() {
    }

    /** One alphanumeric word read as a number: its digits, and how many number words (and non-article ones). */
    private record Item(int start, int end, String digits, int words, int nonArticle) {
    }

    static String toDigits(String s) {
        if (!mayHoldNumberWords(s)) {
            return s;
        }
        int n = s.length();
        StringBuilder sb = null;
        int copied = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
                i++;
                continue;
            }
            Item first = item(s, i);
            if (first == null) {
                i = wordEnd(s, i);
                continue;
            }
            // a run of number items separated by at most three spaces, commas, dashes, dots or slashes
            StringBuilder digits = new StringBuilder(first.digits());
            int words = first.words();
            int nonArticle = first.nonArticle();
            int end = first.end();
            while (true) {
                int next = end;
                while (next < n && next - end < 3 && isSeparator(s.charAt(next))) {
                    next++;
                }
                if (next == end || next >= n || !Character.isLetterOrDigit(s.charAt(next))) {
                    break;
                }
                Item more = item(s, next);
                if (more == null) {
                    break;
                }
                digits.append(more.digits());
                words += more.words();
                nonArticle += more.nonArticle();
                end = more.end();
            }
            if (nonArticle > 0 && digits.length() >= MIN_DIGITS) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                }
                int start = first.start();
                int plus = plusBefore(s, start);
                sb.append(s, copied, plus >= 0 ? plus : start);
                sb.append(plus >= 0 ? "+" : "").append(digits);
                copied = end;
            }
            i = end;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /**
     * Cheap test: whether some word could be a number word other than "een" or "one" (every run that is rewritten
     * holds one): a word of three to twenty letters whose first two letters start such a word.
     */
    private static boolean mayHoldNumberWords(String s) {
        int n = s.length();
        for (int i = 0; i + 2 < n; i++) {
            if (Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                    && Character.isLetter(s.charAt(i + 1)) && Character.isLetter(s.charAt(i + 2))) {
                char a = Character.toLowerCase(s.charAt(i));
                char b = Character.toLowerCase(s.charAt(i + 1));
                boolean article = (a == 'e' || a == 'é') && (i + 3 >= n || !Character.isLetter(s.charAt(i + 3)));
                if (!article && STARTS.indexOf(a) >= 0 && STARTS.contains(String.valueOf(new char[] {a, b}))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first two letters of every number word but "een" and "one" ("ee" for "eenentwintig", in a word of four
     * letters or more).
     */
    private static final String STARTS = "nu tw dr vi ze ac ne ti el de ve ta ee ée th fo fi si se ei ni";

    /** "plus" just before the run: the + of an international number; its offset or -1. */
    private static int plusBefore(String s, int start) {
        int j = start;
        while (j > 0 && s.charAt(j - 1) == ' ') {
            j--;
        }
        if (j == start || j < 4 || !s.regionMatches(true, j - 4, "plus", 0, 4)) {
            return -1;
        }
        return j - 4 == 0 || !Character.isLetter(s.charAt(j - 5)) ? j - 4 : -1;
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The alphanumeric word at {@code i} as a number (digits and number words mixed), or null. */
    private static Item item(String s, int i) {
        int end = wordEnd(s, i);
        StringBuilder digits = new StringBuilder();
        int words = 0;
        int nonArticle = 0;
        int j = i;
        while (j < end) {
            int k = j;
            if (Chars.isDigit(s.charAt(j))) {
                while (k < end && Chars.isDigit(s.charAt(k))) {
                    k++;
                }
                digits.append(s, j, k);
            } else {
                while (k < end && !Chars.isDigit(s.charAt(k))) {
                    k++;
                }
                String word = s.substring(j, k).toLowerCase(Locale.ROOT);
                String value = number(word);
                if (value == null) {
                    return null;
                }
                digits.append(value);
                words++;
                if (!word.equals("een") && !word.equals("one")) {
                    nonArticle++;
                }
            }
            j = k;
        }
        return new Item(i, end, digits.toString(), words, nonArticle);
    }

    /** The digits of a Dutch or English number word up to 99, or null. */
    static String number(String word) {
        Integer v = UNITS.get(word);
        if (v == null) {
            v = TEENS.get(word);
        }
        if (v == null) {
            v = TENS.get(word);
        }
        if (v == null) {
            // "vierendertig", "tweeëntwintig": unit + "en" or "ën" + tens
            for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
                String key = tens.getKey();
                String rest = word.endsWith(key) ? word.substring(0, word.length() - key.length()) : "";
                if (rest.length() > 2 && (rest.endsWith("en") || rest.endsWith("ën"))) {
                    Integer unit = UNITS.get(rest.substring(0, rest.length() - 2));
                    if (unit != null && unit > 0) {
                        v = tens.getValue() + unit;
                    }
                    break;
                }
            }
        }
        return v == null ? null : Integer.toString(v);
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == ',' || c == '-' || c == '.' || c == '/';
    }
}
