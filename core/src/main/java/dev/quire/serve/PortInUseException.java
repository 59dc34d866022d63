package dev.quire.serve;

import java.io.IOException;

/** The server's port is taken by another program (or another {@code quire serve}). */
public final class PortInUseException extends IOException {

    private final String host;
    private final int port;

    public PortInUseException(String host, int port, Throwable cause) {
        super("Port " + port + " on " + host + " is already in use by another program", cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The message with how to pick another port, such as {@code --port 4001} or {@code -Dquire.port=4001}. */
    public String describe(String howToChange) {
        return getMessage() + "; stop it, or serve on another port with " + howToChange;
    }
}
