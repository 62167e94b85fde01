package io.dateline.cli;

import io.dateline.ingest.read.FileReport;
import java.io.PrintWriter;
import java.util.List;

/** How the commands tell an operator about inputs that gave no story: one line per file on stderr. */
final class Reports {

    private Reports() {
    }

    /** Prints each failed file; returns the exit code: OK when some story was found or nothing failed. */
    static int problems(List<FileReport> files, PrintWriter err, boolean anyStory) {
        List<FileReport> failed = files.stream().filter(f -> !f.ok()).toList();
        failed.forEach(f -> err.println("dateline: " + f.summary()));
        if (files.isEmpty()) {
            err.println("dateline: no input files found");
        }
        err.flush();
        return anyStory || (failed.isEmpty() && !files.isEmpty()) ? ExitCodes.OK : ExitCodes.NO_STORIES;
    }

    /**
     * Prints each failed file; returns the exit code of {@code dateline parse}: OK only when every input was read
     * without problems (items that are not stories are not problems), else NO_STORIES.
     */
    static int strict(List<FileReport> files, PrintWriter err) {
        int lenient = problems(files, err, false);
        return lenient == ExitCodes.OK && files.stream().allMatch(FileReport::ok) ? ExitCodes.OK
                : ExitCodes.NO_STORIES;
    }
}
