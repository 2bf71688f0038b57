package dev.rapport.platform.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Work a transaction collects while it runs and does at the last moment before it commits: a write that must take
 * a lock every writer shares (the event outbox's) then holds it for the commit only, not for the rest of the
 * transaction. Installed in the jOOQ configuration of {@link Database}, so it covers every transaction run with
 * {@code transaction(...)} or {@code transactionResult(...)} on the platform's {@code DSLContext} or one derived
 * from it. A transaction joined to the thread's {@link AmbientTransaction} is nested in the ambient one: its work is
 * done when the ambient transaction commits.
 *
 * <p>A nested transaction (a savepoint) collects its own work and hands it to the enclosing transaction when it
 * commits; a rollback, of the whole transaction or to a savepoint, drops what was collected since it began. The
 * work is done on the transaction's thread; an exception it throws rolls the transaction back and reaches the
 * caller of {@code transaction(...)}.
 */
public final class BeforeCommit implements TransactionListener {

    /** What a transaction collected of one kind, done once just before the outermost transaction commits. */
    public interface Work<W extends Work<W>> {

        /** Does the work in the transaction of {@code transaction}; throwing rolls the transaction back. */
        void run(DSLContext transaction);

        /** Takes over what a nested transaction collected and committed: it comes after what this holds. */
        void absorb(W nested);
    }

    private static final String SCOPE = BeforeCommit.class.getName();

    /** What one transaction collected; {@code enclosing} is null for the outermost transaction. */
    private record Scope(Scope enclosing, Map<Class<?>, Work<?>> work) {
    }

    /**
     * The work of {@code type} that the transaction of {@code transaction} collects, made by {@code create} at its
     * first use in that transaction.
     *
     * @return empty when {@code transaction} is not inside a transaction run through a configuration with this
     *         listener (e.g. outside any transaction): the caller must do its work at once
     */
    public static <W extends Work<W>> Optional<W> collect(DSLContext transaction, Class<W> type, Supplier<W> create) {
        Scope scope = scopeOf(transaction.configuration());
        if (scope == null) {
            return Optional.empty();
        }
        return Optional.of(type.cast(scope.work().computeIfAbsent(type, ignored -> create.get())));
    }

    /**
     * Whether the transaction of {@code context} is an outermost one, whose commit is the database's: not nested
     * in another, nor joined to this thread's {@link AmbientTransaction}.
     */
    public static boolean outermost(TransactionContext context) {
        return context.configuration().data(SCOPE) instanceof Scope scope && scope.enclosing() == null;
    }

    /** The scope of the transaction of {@code configuration}, else of this thread's ambient transaction, else null. */
    private static Scope scopeOf(Configuration configuration) {
        if (configuration.data(SCOPE) instanceof Scope scope) {
            return scope;
        }
        AmbientTransaction ambient = AmbientTransaction.current();
        return ambient != null && ambient.configuration().data(SCOPE) instanceof Scope scope ? scope : null;
    }

    /**
     * A transaction begins: jOOQ runs it with a configuration of its own, derived from the enclosing one, whose
     * data (a copy of the enclosing configuration's) still names the enclosing transaction's scope. A transaction
     * that joins this thread's ambient transaction is enclosed by the ambient one's.
     */
    @Override
    public void beginStart(TransactionContext context) {
        Configuration configuration = context.configuration();
        configuration.data(SCOPE, new Scope(scopeOf(configuration), new LinkedHashMap<>()));
    }

    @Override
    public void commitStart(TransactionContext context) {
        Scope scope = (Scope) context.configuration().data(SCOPE);
        if (scope.enclosing() == null) {
            // The work is the kernel's (the outbox's events), also in a transaction a plugin began.
            KernelWork.run(() -> {
                for (Work<?> work : scope.work().values()) {
                    work.run(context.dsl());
                }
                return null;
            });
        } else {
            scope.work().forEach((type, work) -> handOver(scope.enclosing(), type, work));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void handOver(Scope enclosing, Class<?> type, Work<?> nested) {
        Work existing = enclosing.work().putIfAbsent(type, nested);
        if (existing != null) {
            existing.absorb(nested);
        }
    }
}
