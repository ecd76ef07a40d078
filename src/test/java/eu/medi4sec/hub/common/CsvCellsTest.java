package eu.medi4sec.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same rule as the SPA's lib/csv.js: a cell a spreadsheet would run as a formula is made text. */
class CsvCellsTest {

    @Test
    void aCellThatStartsLikeAFormulaGetsALeadingApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvCells.neutralise("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+1", CsvCells.neutralise("+1+1"));
        assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CsvCells.neutralise("\t=1"));
        assertEquals("'\r=1", CsvCells.neutralise("\r=1"));
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertEquals("plain text", CsvCells.neutralise("plain text"));
        assertEquals("a = b", CsvCells.neutralise("a = b"));
        assertEquals("42", CsvCells.neutralise(42));
        assertEquals("", CsvCells.neutralise(""));
        assertEquals("", CsvCells.neutralise(null));
        assertEquals(" =1", CsvCells.neutralise(" =1"));
        assertEquals("\n=1", CsvCells.neutralise("\n=1"));
    }
}
