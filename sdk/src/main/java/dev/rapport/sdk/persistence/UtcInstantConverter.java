package dev.rapport.sdk.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.AbstractConverter;

/**
 * Maps {@code DATETIME} and {@code TIMESTAMP} columns, which hold UTC wall-clock time in Rapport's database, to
 * {@link Instant}s, so that no code ever reads a stored time in the JVM's or the database's time zone. The kernel's
 * generated jOOQ classes use it, and so do a plugin's when it builds with {@code rapport-plugin-parent} (which sets it
 * as a forced type of jOOQ's code generation): a plugin's records then take and return {@code Instant}s.
 *
 * <p>Precision: the column's (e.g. milliseconds for {@code DATETIME(3)}); MariaDB drops the finer digits when it
 * stores a value. Lifecycle and threading: stateless, so one instance is shared by every generated field and used
 * from any thread. Failure: none; {@code null} maps to {@code null} both ways.
 *
 * @since 1.3.0
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    /** Creates the converter; jOOQ's generated classes call this. */
    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    /** The stored UTC wall-clock time as an instant. */
    @Override
    public Instant from(LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    /** The instant as the UTC wall-clock time to store. */
    @Override
    public LocalDateTime to(Instant userObject) {
        return userObject == null ? null : LocalDateTime.ofInstant(userObject, ZoneOffset.UTC);
    }
}
