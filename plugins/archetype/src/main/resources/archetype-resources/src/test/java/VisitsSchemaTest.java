package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules the platform checks before it applies the schema, checked at build time already. */
class VisitsSchemaTest {

    private final VisitsSchema schema = new VisitsSchema();

    @Test
    void thePrefixIsTwoToFiveLettersAndAnUnderscore() {
        assertThat(schema.tablePrefix()).matches("[a-z]{2,5}_");
    }

    @Test
    void theChangelogLiesUnderThePluginIdAndCreatesOnlyTablesWithThePrefix() throws IOException {
        assertThat(schema.changelogPath()).isEqualTo("plugins/${pluginId}/changelog.xml");
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/plugins/${pluginId}/001-visits.sql")) {
            assertThat(in).isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher tables = Pattern.compile("(?i)CREATE TABLE\\s+(\\w+)").matcher(sql);
        List<String> created = tables.results().map(match -> match.group(1)).toList();
        assertThat(created).isNotEmpty().allMatch(name -> name.startsWith(schema.tablePrefix()));
    }
}
