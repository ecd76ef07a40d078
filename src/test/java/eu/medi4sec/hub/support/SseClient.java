package eu.medi4sec.hub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream as a browser's fetch would: Authorization header, optional Last-Event-ID. */
public final class SseClient implements AutoCloseable {

    public record Event(long id, String type, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    public SseClient(String url, String token, Long lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token);
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("content-type").orElse("");
    }

    private void read() {
        long id = -1;
        String type = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (type != null) {
                        events.add(new Event(id, type, data.toString()));
                    }
                    id = -1;
                    type = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "")
                            .append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    /** The next event, or null when none comes within the timeout. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits for an event of this type. */
    public Event await(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (event != null && event.type().equals(type)) {
                return event;
            }
        }
        throw new AssertionError("No " + type + " event within " + timeout);
    }

    /** Every event that arrives within the quiet period. */
    public List<Event> drain(Duration quiet) throws InterruptedException {
        List<Event> all = new ArrayList<>();
        Event event;
        while ((event = next(quiet)) != null) {
            all.add(event);
        }
        return all;
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (RuntimeException ignored) {
            // already closed
        }
    }
}
