package dev.rapport.platform.marketplace;

import static dev.rapport.platform.internal.db.Tables.MARKETPLACE_INDEX_SERIAL;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Refuses a repository's plugin list that expired (a freeze: an attacker keeps serving an old list to hide updates)
 * or that is older than one already seen (a rollback to withdrawn releases). The highest serial seen is remembered
 * per repository address in the database, so every node of a cluster and every later start refuse the older list.
 */
final class IndexFreshness {

    private final DSLContext dsl;
    private final Clock clock;

    IndexFreshness(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Accepts the list with {@code serial} and {@code expires} of the repository {@code name} at {@code url}, and
     * remembers its serial.
     *
     * @throws MarketplaceException saying why, when the list expired or is older than one seen before
     */
    void check(String name, URI url, long serial, Instant expires) {
        if (!clock.instant().isBefore(expires)) {
            throw new MarketplaceException("The plugin list of repository " + name + " expired at " + expires
                    + ", so it may hide newer releases (a list that stays frozen). It offers nothing until its"
                    + " publisher publishes it again.");
        }
        Optional<Long> highest = highest(url);
        if (highest.isPresent() && serial < highest.get()) {
            throw new MarketplaceException("The plugin list of repository " + name + " is older (serial " + serial
                    + ") than one read before (serial " + highest.get() + "): an old list could bring back withdrawn"
                    + " releases, so it is refused. Ask its publisher; a list with a newer serial is accepted.");
        }
        seen(url, serial);
    }

    /** The highest serial seen for the repository at {@code url}, if any. */
    Optional<Long> highest(URI url) {
        return dsl.select(MARKETPLACE_INDEX_SERIAL.SERIAL).from(MARKETPLACE_INDEX_SERIAL)
                .where(MARKETPLACE_INDEX_SERIAL.URL_SHA256.eq(key(url))).fetchOptional(MARKETPLACE_INDEX_SERIAL.SERIAL);
    }

    /** Remembers {@code serial} for {@code url} unless a higher one is remembered already (another node's). */
    void seen(URI url, long serial) {
        dsl.insertInto(MARKETPLACE_INDEX_SERIAL)
                .set(MARKETPLACE_INDEX_SERIAL.URL_SHA256, key(url))
                .set(MARKETPLACE_INDEX_SERIAL.URL, url.toString())
                .set(MARKETPLACE_INDEX_SERIAL.SERIAL, serial)
                .set(MARKETPLACE_INDEX_SERIAL.SEEN_AT, clock.instant())
                .onDuplicateKeyUpdate()
                .set(MARKETPLACE_INDEX_SERIAL.SERIAL, DSL.greatest(MARKETPLACE_INDEX_SERIAL.SERIAL, DSL.val(serial)))
                .set(MARKETPLACE_INDEX_SERIAL.SEEN_AT, clock.instant())
                .execute();
    }

    private static String key(URI url) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(url.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
