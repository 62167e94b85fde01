package io.dateline.sink.web;

/** A request the API refuses, with the message the client gets in a 400 answer (or {@code status}). */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    BadRequest(String message) {
        this(400, message);
    }

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
