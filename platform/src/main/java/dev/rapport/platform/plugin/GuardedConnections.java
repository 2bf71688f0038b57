package dev.rapport.platform.plugin;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.ConnectionProvider;

/**
 * The connections of a plugin's {@code DSLContext}: every statement text sent over them passes the plugin's
 * {@link PluginTableGuard}, so SQL the plugin runs over raw JDBC ({@code dsl.connection(...)}) is held to its own
 * tables as jOOQ's queries are. jOOQ's own statements were judged before (same text, so a cache hit); switching
 * the database or unwrapping the driver's connection is refused.
 */
final class GuardedConnections implements ConnectionProvider {

    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch", "prepareStatement", "prepareCall");
    private static final Set<String> REFUSED = Set.of("unwrap", "setCatalog", "setSchema");

    private final ConnectionProvider pool;
    private final String pluginId;
    private final Consumer<String> check;

    GuardedConnections(ConnectionProvider pool, String pluginId, Consumer<String> check) {
        this.pool = pool;
        this.pluginId = pluginId;
        this.check = check;
    }

    private static Connection targetOf(Connection connection) {
        return Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof Guarded guarded
                ? (Connection) guarded.target : connection;
    }

    @Override
    public Connection acquire() {
        Connection connection = pool.acquire();
        return (Connection) Proxy.newProxyInstance(GuardedConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Guarded(connection, null));
    }

    @Override
    public void release(Connection connection) {
        pool.release(targetOf(connection));
    }

    /** Checks the SQL text of every call that runs or prepares one; wraps the statements it hands out. */
    private final class Guarded implements InvocationHandler {

        private final Object target;
        private final Object connection;

        Guarded(Object target, Object connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Connection && REFUSED.contains(name)) {
                throw new SQLException("Plugin " + pluginId + " may not " + name + " its database connection");
            }
            if (EXECUTING.contains(name) && args != null && args.length > 0 && args[0] instanceof String sql) {
                check.accept(sql);
            }
            if (name.equals("getConnection") && connection != null) {
                return connection;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return Proxy.newProxyInstance(GuardedConnections.class.getClassLoader(),
                        new Class<?>[] {method.getReturnType()},
                        new Guarded(result, target instanceof Connection ? proxy : connection));
            }
            return result;
        }
    }
}
