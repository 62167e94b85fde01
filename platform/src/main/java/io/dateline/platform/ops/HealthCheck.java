package io.dateline.platform.ops;

/** One named readiness condition of a service: Streams RUNNING, consumer assigned, database reachable, ... */
@FunctionalInterface
public interface HealthCheck {

    /** The check's current state; never throws (a failing probe is reported as down with its message). */
    Status check();

    /** Up or down, with a short detail for operators. */
    record Status(boolean up, String detail) {

        public static Status up(String detail) {
            return new Status(true, detail);
        }

        public static Status down(String detail) {
            return new Status(false, detail);
        }
    }
}
