package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The spoken variant of a text: spaced letters, numbers in words, letters typed for digits. */
class LeesvariantTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gesprek met J A N S E N gevoerd.|Gesprek met JANSEN gevoerd.",
        "melding door p i e t e r  b a k k e r|melding door pieter bakker",
        "J.A.N.S.E.N. heeft gedeeld|JANSEN. heeft gedeeld",
        "M-A-R-I-E-K-E heeft het gemeld|MARIEKE heeft het gemeld",
        "Gesprek met J_A_N_S_E_N|Gesprek met JANSEN",
        "Klacht over D E  V R I E S|Klacht over DE VRIES",
        "j . j a n s e n @ m i n b z k . n l|j.jansen@minbzk.nl",
        "Fase A B C is afgerond.|Fase ABC is afgerond."})
    void spacedLettersAreJoined(String text, String expected) {
        assertEquals(expected, GespatieerdeLetters.join(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"J. P. de Vries", "N.B. Medewerker", "mr. J.P. Jansen", "categorie A, B en C",
        "bel 0 6 1 2 3 4 5 6 7 8", "De Vries en Jansen"})
    void otherTextsStayAsTheyAre(String text) {
        assertSame(text, GespatieerdeLetters.join(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nul zes een twee drie vier vijf zes zeven acht|0612345678",
        "NUL ZES EEN TWEE DRIE VIER VIJF ZES ZEVEN ACHT|0612345678",
        "06-een twee drie vier vijf zes zeven acht|0612345678",
        "nul-zes twaalf vierendertig zesenvijftig achtenzeventig|0612345678",
        "06 elf tweeëntwintig drieëndertig vierenveertig|0611223344",
        "bel 06-1twee3vier5zes7acht|bel 0612345678",
        "plus eenendertig zes een twee drie vier vijf zes zeven acht|+31612345678",
        "zero six one two three four five six seven eight|0612345678",
        "zijn nummer is nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig|zijn nummer is 0612345678"})
    void numbersInWordsBecomeDigits(String text, String expected) {
        assertEquals(expected, Getalwoorden.toDigits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In 2024 een 1200 medewerkers gesproken",        // only the article "een": not a dictated number
        "Er waren een, twee of drie medewerkers bij betrokken.",
        "Van de negen meldingen zijn er zes afgerond en drie nog in behandeling.",
        "De medewerker werkte twaalf, dertien uur per dag.",
        "Tussen 2019 en 2023 zijn 48 uren gedeclareerd."})
    void ordinaryCountsStayAsTheyAre(String text) {
        assertSame(text, Getalwoorden.toDigits(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"vierendertig|34", "tweeëntwintig|22", "negentien|19", "nul|0",
        "eenennegentig|91"})
    void numberWords(String word, String digits) {
        assertEquals(digits, Getalwoorden.number(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nulmeting", "tiental", "een", "en", "nulentwintig"})
    void wordsThatAreNoNumbers(String word) {
        if (word.equals("een")) {
            assertEquals("1", Getalwoorden.number(word));
        } else {
            assertNull(Getalwoorden.number(word));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bel O6-12345678|bel 06-12345678",
        "bel 06-l2345678|bel 06-12345678",
        "O6 l2 34 56 78|06 12 34 56 78"})
    void lettersTypedForDigits(String text, String expected) {
        assertEquals(expected, LettersAlsCijfers.toDigits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10 of 12 medewerkers", "Olga belde om 10.30 uur", "In 2024 I/O-fout 12",
        "bel 06-12345678"})
    void lettersInOrdinaryWordsStay(String text) {
        assertSame(text, LettersAlsCijfers.toDigits(text));
    }
}
