package eu.medi4sec.hub.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.StartTLSOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With an SMTP host configured, a letter leaves through SMTP (a minimal server on a free port) and not the log. */
class MailOutTest {

    @Test
    void aLetterGoesThroughSmtpWithItsCalendarWhenAHostIsConfigured() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> acceptOneMessage(server));
            MailOut out = new MailOut(vertx, smtpOn(server.getLocalPort()));

            out.send(new Letter(
                    "dana@example.org",
                    "Your personal link",
                    "Open http://localhost:8080/my-registration#key=abc",
                    "<p>Open your link</p>",
                    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));

            String message = received.get(30, TimeUnit.SECONDS);
            assertThat(message, containsString("RCPT TO:<dana@example.org>"));
            assertThat(message, containsString("Subject: Your personal link"));
            assertThat(message, containsString("workshop.ics"));
            assertThat(message, containsString("text/calendar"));
            assertTrue(out.writtenTo("dana@example.org").isEmpty(), "sent, not written to the mock mailbox");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** Just enough SMTP for one message: the commands and the message text, as the server saw them. */
    private static String acceptOneMessage(ServerSocket server) {
        StringBuilder seen = new StringBuilder();
        try (Socket client = server.accept();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream out = client.getOutputStream()) {
            reply(out, "220 test ESMTP");
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (data) {
                    if (line.equals(".")) {
                        // the client keeps its connection for the next letter: one message is all we wait for
                        reply(out, "250 queued");
                        break;
                    }
                } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                    reply(out, "250 test");
                } else if (line.startsWith("DATA")) {
                    data = true;
                    reply(out, "354 go ahead");
                } else if (line.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    break;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seen.toString();
    }

    private static void reply(OutputStream out, String line) throws java.io.IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static MailOutConfig smtpOn(int port) {
        return new MailOutConfig() {
            public boolean mock() {
                return false;
            }

            public String from() {
                return "Workshop Hub <no-reply@example.org>";
            }

            public Optional<String> host() {
                return Optional.of("127.0.0.1");
            }

            public Optional<Integer> port() {
                return Optional.of(port);
            }

            public Optional<String> username() {
                return Optional.empty();
            }

            public Optional<String> password() {
                return Optional.empty();
            }

            public boolean tls() {
                return false;
            }

            public StartTLSOptions startTls() {
                return StartTLSOptions.OPTIONAL;
            }
        };
    }
}
