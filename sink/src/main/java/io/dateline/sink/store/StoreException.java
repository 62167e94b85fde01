package io.dateline.sink.store;

/**
 * A store operation failed and nothing of it was written. {@link #retryable()} says whether trying again may work (the
 * database is down, busy, out of space) or the database refused the data itself (a constraint, a value it cannot hold).
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public StoreException(String message, Throwable cause, boolean retryable) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** True when the failure is about the database, not the data: the same write may succeed later. */
    public boolean retryable() {
        return retryable;
    }
}
