package dev.rapport.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.ChangeParameterMetaData;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import liquibase.util.StringUtil;

/**
 * Reads a plugin's changelog before any of it runs and finds the tables each changeset touches: Liquibase's own
 * changes by their table parameters, SQL changes (formatted SQL, {@code <sql>}, {@code <sqlFile>}) by jOOQ's
 * parser, or, where it cannot read a statement, by the table the statement starts with. A changeset that
 * touches a table outside the plugin's prefix, or SQL whose target cannot be told, is refused.
 */
final class ChangelogBoundary {

    /** The table a DDL or DML statement acts on, after its verb; group 1 is the name (MariaDB syntax). */
    private static final Pattern STATEMENT_TARGET = Pattern.compile("(?is)^\\s*(?:"
            + "create\\s+(?:or\\s+replace\\s+)?(?:temporary\\s+)?table(?:\\s+if\\s+not\\s+exists)?"
            + "|alter\\s+(?:online\\s+)?(?:ignore\\s+)?table(?:\\s+if\\s+exists)?"
            + "|drop\\s+(?:temporary\\s+)?table(?:\\s+if\\s+exists)?"
            + "|truncate(?:\\s+table)?|rename\\s+table|insert\\s+(?:ignore\\s+)?into|replace\\s+into"
            + "|update(?:\\s+ignore)?|delete\\s+from"
            + "|create\\s+(?:or\\s+replace\\s+)?(?:unique\\s+|fulltext\\s+|spatial\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?\\S+\\s+on"
            + "|drop\\s+index\\s+(?:if\\s+exists\\s+)?\\S+\\s+on)"
            + "\\s+[`\"]?([A-Za-z0-9_$.]+)[`\"]?");
    /** A foreign key's target in a statement the parser could not read; group 1 is the table. */
    private static final Pattern REFERENCED = Pattern.compile("(?i)\\breferences\\s+[`\"]?([A-Za-z0-9_$.]+)");
    /** Parameters of Liquibase's changes that name a table the change only reads or points at. */
    private static final List<String> READ_ONLY_PARAMETERS = List.of("referencedTableName");

    private ChangelogBoundary() {
    }

    /**
     * Refuses {@code changelog} when one of its changesets touches a table whose name does not start with
     * {@code prefix}; runs inside a Liquibase scope whose resource accessor reads the plugin.
     */
    static void check(String changelog, String prefix, ResourceAccessor resources) throws Exception {
        DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(changelog, resources)
                .parse(changelog, new ChangeLogParameters(), resources);
        for (ChangeSet changeSet : parsed.getChangeSets()) {
            for (Change change : changeSet.getChanges()) {
                for (String table : tablesOf(change, changeSet)) {
                    if (!table.toLowerCase(Locale.ROOT).startsWith(prefix) || table.contains(".")) {
                        throw new OutsidePrefixException("Changeset " + changeSet.getId() + " (" + changeSet.getAuthor()
                                + ") of " + changelog + " touches the table " + table + " without the prefix " + prefix
                                + ": refused before any of the changelog ran");
                    }
                }
            }
        }
    }

    private static List<String> tablesOf(Change change, ChangeSet changeSet) {
        if (change instanceof AbstractSQLChange sql) {
            List<String> tables = new ArrayList<>();
            String text = sql.getSql() == null ? "" : sql.getSql();
            boolean split = sql.isSplitStatements() == null || sql.isSplitStatements();
            for (String statement : StringUtil.processMultiLineSQL(text, true, split, sql.getEndDelimiter(), changeSet)) {
                tables.addAll(tablesOf(statement, changeSet));
            }
            return tables;
        }
        List<String> tables = new ArrayList<>();
        for (ChangeParameterMetaData parameter : Scope.getCurrentScope().getSingleton(ChangeFactory.class)
                .getChangeMetaData(change).getParameters().values()) {
            String name = parameter.getParameterName();
            if (name.toLowerCase(Locale.ROOT).endsWith("tablename") && !READ_ONLY_PARAMETERS.contains(name)
                    && parameter.getCurrentValue(change) instanceof String table && !table.isBlank()) {
                tables.add(table.strip());
            }
        }
        return tables;
    }

    private static List<String> tablesOf(String statement, ChangeSet changeSet) {
        if (statement.isBlank()) {
            return List.of();
        }
        Optional<SqlTables> parsed = SqlTables.parse(statement);
        if (parsed.isPresent()) {
            return parsed.get().tables().stream().map(SqlTables::nameOf).toList();
        }
        Matcher target = STATEMENT_TARGET.matcher(statement);
        if (target.find()) {
            List<String> tables = new ArrayList<>(List.of(target.group(1)));
            REFERENCED.matcher(statement).results().map(reference -> reference.group(1)).forEach(tables::add);
            return tables;
        }
        throw new OutsidePrefixException("Changeset " + changeSet.getId() + " (" + changeSet.getAuthor() + ") holds SQL"
                + " whose tables cannot be told, so it is refused: " + abbreviated(statement));
    }

    private static String abbreviated(String statement) {
        String line = statement.strip().replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /** The changelog would touch tables that are not the plugin's. */
    static final class OutsidePrefixException extends RuntimeException {
        OutsidePrefixException(String message) {
            super(message);
        }
    }
}
