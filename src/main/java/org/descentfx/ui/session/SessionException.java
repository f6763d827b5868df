package org.descentfx.ui.session;

/** A session file that cannot be opened; the message says which file and why, for people. */
public class SessionException extends Exception {
    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
