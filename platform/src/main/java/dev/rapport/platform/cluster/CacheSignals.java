package dev.rapport.platform.cluster;

import static dev.rapport.platform.internal.db.Tables.CACHE_SIGNAL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other nodes of a cluster which cached entries a node changed, through the database: a change writes a row
 * naming the cache and the key ({@link #send}); every node reads the rows of the last {@link #LOOK_BACK} every poll
 * ({@code cluster.cache.poll.ms}, default 1 s) and hands each new one to the handler of its cache, which drops the
 * entry. An entry changed on one node is therefore dropped on every other within one poll plus the database's
 * replication (synchronous on Galera): about a second. Only a node of a cluster ({@code cluster.nodes} above 1) has
 * them: a node alone has no other node to tell. A signal whose transaction commits more than
 * {@link #LOOK_BACK} after it was written is missed, and its entry ends only when the cache's own expiry ends it.
 *
 * <p>Rows are read by their time, not by their number, because a Galera cluster does not number rows in commit order.
 * A node skips its own signals: it dropped its entries when it made the change (and ended the sessions other than
 * the one making it). Handlers run on the poller's single thread and must be quick; one that throws is logged and the rest go on.
 * Rows older than {@link #KEPT} are deleted by the poll. Every method may be called from any thread.
 */
public final class CacheSignals implements AutoCloseable {

    /** A user's record changed: name, role, departments, active. */
    public static final String USER = "user";
    /** A user's credentials or access changed: their sessions on every node end. */
    public static final String USER_SESSIONS = "user-sessions";
    /** Which departments use which plugin. */
    public static final String MODULE_DEPARTMENTS = "module-departments";
    /** Exchange rates or the reporting currency changed. */
    public static final String EXCHANGE_RATES = "exchange-rates";

    static final Duration LOOK_BACK = Duration.ofSeconds(30);
    static final Duration KEPT = Duration.ofHours(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(CacheSignals.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final String node;
    private final Map<String, Consumer<String>> handlers = new ConcurrentHashMap<>();
    /** Signals handled within the look-back, by number: each is handled once per node. */
    private final Map<Long, Instant> handled = new HashMap<>();
    private ScheduledExecutorService poller;
    private Instant prunedAt = Instant.EPOCH;

    /** @param node this node's id ({@code node.id}): its own signals are not handed to its handlers */
    public CacheSignals(DSLContext dsl, Clock clock, String node) {
        this.dsl = dsl;
        this.clock = clock;
        this.node = node;
    }

    /** From now on, signals of {@code cacheName} go to {@code forget}, with their key (null: the whole cache). */
    public void on(String cacheName, Consumer<String> forget) {
        handlers.put(cacheName, forget);
    }

    /** Writes a signal in {@code transaction} (or on its own when it is none), so it exists only if the change does. */
    public void send(DSLContext transaction, String cacheName, Object key) {
        transaction.insertInto(CACHE_SIGNAL).set(CACHE_SIGNAL.CACHE_NAME, cacheName)
                .set(CACHE_SIGNAL.CACHE_KEY, key == null ? null : key.toString())
                .set(CACHE_SIGNAL.SENT_AT, clock.instant()).set(CACHE_SIGNAL.SENT_BY, node).execute();
    }

    /** {@link #send(DSLContext, String, Object)} in a transaction of its own. */
    public void send(String cacheName, Object key) {
        send(dsl, cacheName, key);
    }

    /** Polls every {@code every} on a thread of its own until {@link #close}. */
    public synchronized void start(Duration every) {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rapport-cache-signals")
                .factory());
        poller.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the signals of the last {@link #LOOK_BACK} and hands the ones not handled yet to their handlers. */
    public synchronized int poll() {
        Instant now = clock.instant();
        Instant since = now.minus(LOOK_BACK);
        handled.values().removeIf(sentAt -> sentAt.isBefore(since));
        var rows = dsl.select(CACHE_SIGNAL.ID, CACHE_SIGNAL.CACHE_NAME, CACHE_SIGNAL.CACHE_KEY, CACHE_SIGNAL.SENT_AT)
                .from(CACHE_SIGNAL).where(CACHE_SIGNAL.SENT_AT.ge(since)).and(CACHE_SIGNAL.SENT_BY.ne(node)).orderBy(CACHE_SIGNAL.SENT_AT).fetch();
        int count = 0;
        for (var row : rows) {
            if (handled.putIfAbsent(row.value1(), row.value4()) == null) {
                handle(row.value2(), row.value3());
                count++;
            }
        }
        if (prunedAt.plus(PRUNE_EVERY).isBefore(now)) {
            dsl.deleteFrom(CACHE_SIGNAL).where(CACHE_SIGNAL.SENT_AT.lt(now.minus(KEPT))).limit(1000).execute();
            prunedAt = now;
        }
        return count;
    }

    private void handle(String cacheName, String key) {
        Consumer<String> handler = handlers.get(cacheName);
        if (handler == null) {
            return;
        }
        try {
            handler.accept(key);
        } catch (RuntimeException e) {
            log.warn("Dropping the {} cache entry {} failed", cacheName, key, e);
        }
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Reading the other nodes' cache signals failed; trying again at the next poll: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
