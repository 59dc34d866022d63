package dev.quire.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The server-sent-events endpoint: each open stream gets the current build generation when it
 * opens and every later one. A stream holds its handler thread; a comment line every few seconds
 * finds clients that went away (the write fails), so their threads end.
 */
final class EventStream {

    private static final long CLOSED = -1;

    private final CopyOnWriteArrayList<BlockingQueue<Long>> clients = new CopyOnWriteArrayList<>();
    private final long heartbeatMillis;

    EventStream(long heartbeatMillis) {
        this.heartbeatMillis = heartbeatMillis;
    }

    /** Sends the generation to every open stream. */
    void publish(long generation) {
        for (BlockingQueue<Long> client : clients) {
            client.offer(generation);
        }
    }

    /** Ends every open stream. */
    void close() {
        publish(CLOSED);
    }

    int openStreams() {
        return clients.size();
    }

    /** Serves one stream until the client leaves or the server closes; blocks the calling thread. */
    void serve(HttpExchange exchange, LongSupplier currentGeneration) throws IOException {
        BlockingQueue<Long> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            send(out, "retry: 1000\n\n");
            send(out, event(currentGeneration.getAsLong()));
            while (true) {
                Long generation = queue.poll(heartbeatMillis, TimeUnit.MILLISECONDS);
                if (generation == null) {
                    send(out, ": keep-alive\n\n");
                } else if (generation == CLOSED) {
                    return;
                } else {
                    send(out, event(generation));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client went away: nothing to tell anyone.
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    static String event(long generation) {
        return "event: " + LiveReload.EVENT + "\ndata: " + generation + "\n\n";
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
