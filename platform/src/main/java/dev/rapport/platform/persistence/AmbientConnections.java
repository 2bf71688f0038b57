package dev.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * The platform's connections: the pool's, except on a thread with an {@link AmbientTransaction}, whose statements all
 * run on the ambient transaction's connection (it stays open until that transaction ends; releasing it here does
 * nothing).
 */
final class AmbientConnections implements ConnectionProvider {

    private final DataSource pool;

    AmbientConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection acquire() {
        AmbientTransaction ambient = AmbientTransaction.current();
        if (ambient != null) {
            return ambient.connection();
        }
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot get a database connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        AmbientTransaction ambient = AmbientTransaction.current();
        if (ambient != null && ambient.connection() == connection) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("Cannot give a database connection back", e);
        }
    }
}
