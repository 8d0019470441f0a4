package io.shopdesk.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream over HTTP as a browser's EventSource would, event by event. */
public final class SseReader implements AutoCloseable {

    /** One event: its id, name and data (comments are not events). */
    public record Event(String id, String name, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public SseReader(String url, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/event-stream")
                .GET();
        headers.forEach(request::header);
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(opened -> Thread.ofVirtual().start(() -> read(opened.body())));
    }

    public int status() throws Exception {
        return response.get(20, TimeUnit.SECONDS).statusCode();
    }

    /** The next event, waiting up to the timeout; null when none came. */
    public Event next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next event with this name, skipping others. */
    public Event next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event != null && event.name().equals(name)) {
                return event;
            }
        }
        return null;
    }

    private void read(Stream<String> body) {
        var id = new String[1];
        var name = new StringBuilder();
        var data = new StringBuilder();
        try {
            body.forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Event(id[0], name.isEmpty() ? "message" : name.toString(), data.toString()));
                    }
                    id[0] = null;
                    name.setLength(0);
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name.append(line.substring(6).strip());
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException closed) {
            // The stream was closed.
        }
    }

    /** Drops the connection at once, as a closed browser tab does. */
    @Override
    public void close() {
        response.cancel(true);
        http.shutdownNow();
    }
}
