package io.mouthpiece.core.project;

import java.util.Objects;

/**
 * What the user stated when importing a likeness. {@code realPerson} false means stylised art or a fictional
 * character; true requires a non-blank statement (who consented, to what). {@code recordedAt} is ISO-8601 UTC.
 */
public record ConsentRecord(boolean realPerson, String statement, String recordedBy, String recordedAt) {
    public static final ConsentRecord NOT_RECORDED = new ConsentRecord(false, "", "", "");

    public ConsentRecord {
        statement = Objects.requireNonNullElse(statement, "");
        recordedBy = Objects.requireNonNullElse(recordedBy, "");
        recordedAt = Objects.requireNonNullElse(recordedAt, "");
        if (realPerson && statement.isBlank()) {
            throw new IllegalArgumentException("a real person's likeness needs a consent statement");
        }
    }

    public boolean isRecorded() { return !recordedAt.isBlank(); }
}
