package eu.medi4sec.hub.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.medi4sec.hub.common.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A vote reads the note's count back after changing it; a note deleted meanwhile (with its workshop, by
 * another request) is a 404 like any missing note, never a 500 (found by FuzzTest's concurrent requests).
 */
@QuarkusTest
class NoteVoteCountTest {

    @Inject
    NoteQueries queries;

    @Test
    void theCountOfANoteThatIsGoneIsNotFound() {
        ProblemException gone = assertThrows(
                ProblemException.class, () -> QuarkusTransaction.requiringNew().call(() -> queries.votes(-42)));
        assertEquals(404, gone.status());
    }
}
