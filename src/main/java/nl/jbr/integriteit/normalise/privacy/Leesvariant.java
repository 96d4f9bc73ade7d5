package nl.jbr.integriteit.normalise.privacy;

/**
 * The text as a reader would say it aloud: letters written apart joined ({@link GespatieerdeLetters}), numbers in
 * words made digits ({@link Getalwoorden}), and letters typed for digits made digits ({@link LettersAlsCijfers}).
 * Screened next to the text itself, never instead of it; the same instance when none of this applies.
 */
final class Leesvariant {

    private Leesvariant() {
    }

    static String of(String text) {
        return LettersAlsCijfers.toDigits(Getalwoorden.toDigits(GespatieerdeLetters.join(text)));
    }
}
