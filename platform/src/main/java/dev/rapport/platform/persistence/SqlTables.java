package dev.rapport.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.QueryPart;
import org.jooq.SQL;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.VisitContext;
import org.jooq.VisitListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ParserException;
import org.jooq.impl.TableImpl;

/**
 * The tables a statement names, found with jOOQ's own machinery: a query object is rendered once with a listener
 * that sees every table it contains; SQL text is first read with jOOQ's parser (MariaDB dialect).
 *
 * @param tables the named tables, as the statement qualifies them
 * @param plainSql whether plain SQL (text jOOQ does not look into) was part of the query object, so that tables
 *        may be hidden in it
 */
public record SqlTables(List<Table<?>> tables, boolean plainSql) {

    /** The tables {@code query} renders. */
    public static SqlTables of(QueryPart query) {
        List<Table<?>> tables = new ArrayList<>();
        boolean[] plainSql = {false};
        VisitListener collector = new VisitListener() {
            @Override
            public void visitStart(VisitContext context) {
                QueryPart part = context.queryPart();
                if (part instanceof TableImpl<?> table) {
                    tables.add(table);
                } else if (part instanceof SQL) {
                    plainSql[0] = true;
                }
            }
        };
        DSL.using(new DefaultConfiguration().set(SQLDialect.MARIADB).set(collector)).render(query);
        return new SqlTables(List.copyOf(tables), plainSql[0]);
    }

    /** The tables of the statements in {@code sql}, or empty when jOOQ's parser cannot read it. */
    public static Optional<SqlTables> parse(String sql) {
        try {
            return Optional.of(of(DSL.using(SQLDialect.MARIADB).parser().parse(sql)));
        } catch (ParserException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code table} is unqualified (the application's schema) and its name starts with {@code prefix}. */
    public static boolean within(Table<?> table, String prefix) {
        boolean qualified = table.getSchema() != null && !table.getSchema().getName().isEmpty();
        return !qualified && table.getName().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }

    /** The table's name as the statement wrote it, without quotes, e.g. {@code customer} or {@code mysql.user}. */
    public static String nameOf(Table<?> table) {
        return table.getQualifiedName().unquotedName().toString();
    }
}
