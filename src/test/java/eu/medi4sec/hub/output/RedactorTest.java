package eu.medi4sec.hub.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.forNames(List.of("Zofia Wiśniewska-Kruk", "Tom Ek"));

    @Test
    void contactDetailsBecomePlaceholders() {
        assertEquals(
                "Write to [email] or call [phone], see [link] and ask [handle].",
                redactor.redact("Write to z.kruk@policja.gov.pl or call +48 22 601 22 22, see https://example.org/x?y=1"
                        + " and ask @PolicjaPL."));
        assertEquals("Call [phone] now", redactor.redact("Call 020 7946 0958 now"));
        assertEquals("Call [phone] now", redactor.redact("Call +44 (0)20 7946 0958 now"));
        assertEquals("Visit [link] today", redactor.redact("Visit www.example.eu/report today"));
    }

    @Test
    void namesAreTakenOutWholeAndByTheirParts() {
        assertEquals(
                "[name] said [name] was right; [name] agreed.",
                redactor.redact("Zofia Wiśniewska-Kruk said WIŚNIEWSKA-KRUK was right; zofia agreed."));
        // a part shorter than three letters stays, and so does a name inside another word
        assertEquals("Ek and Zofiaville", redactor.redact("Ek and Zofiaville"));
    }

    @Test
    void namesAreFoundBesidePunctuationAndInAnyCase() {
        Redactor people = Redactor.forNames(List.of("Seán O'Brien", "(Bob) Marley", "Name Tester"));
        assertEquals(
                "[name] met [name] and [name] said hi; [name] agreed.",
                people.redact("O'Brien met (Bob) and Name Tester said hi; SEÁN agreed."));
        // what was taken out is not taken out again: "[name]" holds the word "name"
        assertEquals("[name] and [name]", people.redact("Name and tester"));
    }

    @Test
    void yearsDatesAndCountsStay() {
        String text = "Between 2016-2018 (12.05.2017) about 1,500 people and 250000 posts; 3 of 10.";
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void nothingToRedactIsLeftAsItIs() {
        assertEquals("", redactor.redact(""));
        assertEquals(
                "Official account as trusted single source",
                redactor.redact("Official account as trusted single source"));
    }
}
