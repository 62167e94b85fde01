package io.dateline.sink.store;

import io.dateline.avro.PubStatus;
import java.util.Locale;

/** Status of a stored story, from the IPTC publication status of its latest version. Stored as its lower-case name. */
public enum StoryStatus {
    ACTIVE,
    WITHHELD,
    CANCELED;

    /** The status a story with publication status {@code pubStatus} has. */
    public static StoryStatus of(PubStatus pubStatus) {
        return switch (pubStatus) {
            case USABLE -> ACTIVE;
            case WITHHELD -> WITHHELD;
            case CANCELED -> CANCELED;
        };
    }

    /** The status stored as {@code text}. */
    public static StoryStatus fromColumn(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }

    /** The value of the {@code status} column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
