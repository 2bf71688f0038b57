package dev.rapport.platform.persistence;

import java.sql.SQLException;
import java.sql.Savepoint;
import org.jooq.Configuration;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultTransactionProvider;

/**
 * The platform's transactions: jOOQ's own ({@link DefaultTransactionProvider}: a connection per outermost transaction,
 * savepoints for the nested ones), except that a transaction begun while this thread has an {@link AmbientTransaction}
 * (and not nested in a transaction of its own connection) joins the ambient one as a savepoint: its commit releases
 * the savepoint, its rollback rolls back to it, and only the ambient transaction's end commits.
 *
 * <p>jOOQ keeps a transaction's state in its configuration's data, which nested transactions inherit; so does this
 * class: the provider that began a transaction on a connection of its own, or the savepoint of a joined one.
 */
final class JoiningTransactions implements TransactionProvider {

    private static final String OWN = JoiningTransactions.class.getName() + ".own";
    private static final String JOINED = JoiningTransactions.class.getName() + ".joined";

    @Override
    public void begin(TransactionContext context) {
        Configuration configuration = context.configuration();
        AmbientTransaction ambient = AmbientTransaction.current();
        if (ambient != null && configuration.data(OWN) == null) {
            configuration.data(JOINED, savepoint(ambient));
            return;
        }
        configuration.data().remove(JOINED);
        own(configuration).begin(context);
    }

    @Override
    public void commit(TransactionContext context) {
        if (context.configuration().data(JOINED) instanceof Savepoint savepoint) {
            try {
                AmbientTransaction.current().connection().releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw new DataAccessException("Cannot release a savepoint of the ambient transaction", e);
            }
            return;
        }
        own(context.configuration()).commit(context);
    }

    @Override
    public void rollback(TransactionContext context) {
        if (context.configuration().data(JOINED) instanceof Savepoint savepoint) {
            AmbientTransaction ambient = AmbientTransaction.current();
            if (ConflictRetry.isConflict(context.causeThrowable())) {
                // The database rolled the whole transaction back: there is no savepoint left to go back to.
                ambient.markConflicted();
                return;
            }
            try {
                ambient.connection().rollback(savepoint);
            } catch (SQLException e) {
                DataAccessException broken = new DataAccessException(
                        "Cannot roll back to a savepoint of the ambient transaction", e);
                ambient.markBroken(broken);
                throw broken;
            }
            return;
        }
        own(context.configuration()).rollback(context);
    }

    /** jOOQ's provider for a transaction on a connection of its own, kept for its nested transactions and its end. */
    private static TransactionProvider own(Configuration configuration) {
        if (configuration.data(OWN) instanceof TransactionProvider provider) {
            return provider;
        }
        TransactionProvider provider = new DefaultTransactionProvider(configuration.connectionProvider());
        configuration.data(OWN, provider);
        return provider;
    }

    private static Savepoint savepoint(AmbientTransaction ambient) {
        try {
            return ambient.connection().setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot join the ambient transaction", e);
        }
    }
}
