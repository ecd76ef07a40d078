package eu.medi4sec.hub.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final Problems problems = new Problems();

    @Test
    void anExhaustedConnectionPoolIsA503WithRetryAfterNotA500() {
        // what Hibernate throws when Agroal gives up waiting for a pooled connection
        var exhausted = new PersistenceException(new GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));
        Response response = problems.unexpected(exhausted);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(503, ((Problem) response.getEntity()).status());
    }

    @Test
    void aTransactionRolledBackForItsTimeoutIsA503NotA500() {
        var timedOut = new RuntimeException(
                "Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016102: The transaction is not active! Uid is 0:1"));
        Response response = problems.unexpected(timedOut);
        assertEquals(503, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
        assertEquals(
                500,
                problems.unexpected(new RuntimeException(new jakarta.transaction.RollbackException("other")))
                        .getStatus());
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsA503() {
        var down = new PersistenceException(new JDBCConnectionException(
                "Unable to acquire JDBC Connection",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001")));
        assertEquals(503, problems.unexpected(down).getStatus());
        var full = new PersistenceException(new SQLException("sorry, too many clients already", "53300"));
        assertEquals(503, problems.unexpected(full).getStatus());
    }

    @Test
    void aClientThatWentAwayMidRequestIsNotAServerError() {
        Response response = problems.unexpected(new IOException(new ClosedChannelException()));
        assertEquals(400, response.getStatus());
    }

    @Test
    void anythingElseUnexpectedIsStillA500() {
        assertEquals(
                500, problems.unexpected(new IllegalStateException("a bug")).getStatus());
    }
}
