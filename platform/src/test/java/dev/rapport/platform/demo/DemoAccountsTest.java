package dev.rapport.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.PasswordHasher;
import dev.rapport.platform.user.SetupTokens;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The demo installation's accounts: every role and every department has one, each signs in with the demo
 * password with its role and departments, no set-up link is needed then, and the README lists exactly them.
 * Runs in a transaction that is rolled back, so the shared test database keeps no demo password.
 */
class DemoAccountsTest {

    private static final Path README = Path.of("..", "README.md");
    /** A row of the README's table: usernames in backticks, the role, the departments. */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z.]+`(?:, )?)+) \\| ([a-z-]+) \\| ([^|]+) \\|$");

    private final Kernel kernel = new Kernel();

    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void everyRoleAndDepartmentHasADemoAccountThatSignsInWithTheDemoPasswordAndNoSetUpLinkIsOffered() {
        try {
            kernel.dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                PasswordHasher hasher = new PasswordHasher();
                AuditLog audit = new AuditLog(tx, kernel.clock);
                UserDirectory users = new UserDirectory(tx);
                DepartmentDirectory departments = new DepartmentDirectory(tx, kernel.clock, audit);
                UserAdministration administration = new UserAdministration(tx, kernel.clock, users, departments, hasher, audit);
                Authenticator authenticator = new Authenticator(users, administration, hasher, audit, kernel.clock,
                        100, 100, Duration.ofMinutes(1));

                DemoAccounts.setUp(tx, hasher, kernel.clock.instant());

                Set<Role> roles = EnumSet.noneOf(Role.class);
                Set<String> departmentCodes = new HashSet<>();
                for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
                    var outcome = authenticator.signIn(account.username(), DemoAccounts.PASSWORD, "192.0.2.1");
                    assertThat(outcome).as(account.username()).isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class,
                            signedIn -> {
                                assertThat(signedIn.actor().role()).as(account.username()).isEqualTo(account.role());
                                assertThat(signedIn.actor().departmentIds()).as(account.username()).isEqualTo(
                                        account.departments().stream().map(code -> departments.findByCode(code).orElseThrow().id())
                                                .collect(Collectors.toSet()));
                                assertThat(signedIn.mustChangePassword()).isFalse();
                            });
                    roles.add(account.role());
                    departmentCodes.addAll(account.departments());
                }
                assertThat(roles).containsExactlyInAnyOrder(Role.values());
                assertThat(departmentCodes).as("the departments a new installation has (other tests add more)")
                        .containsExactlyInAnyOrder("sales", "marketing", "service", "field", "management");
                assertThat(new SetupTokens(tx, kernel.clock, users, administration, audit).issueIfNeeded())
                        .as("a set-up link").isEmpty();
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // Nothing stays behind.
        }
    }

    @Test
    void theReadmeListsTheDemoAccountsWithTheirRolesAndDepartmentsAndThePassword() throws IOException {
        String readme = Files.readString(README);
        Map<String, String> departmentNames = kernel.departments.all().stream()
                .collect(Collectors.toMap(Department::code, Department::name));
        List<String> listed = new ArrayList<>();
        for (String line : readme.lines().toList()) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                for (String username : row.group(1).replace("`", "").split(", ")) {
                    listed.add(username + " | " + row.group(2) + " | " + row.group(3).strip());
                }
            }
        }
        List<String> accounts = DemoAccounts.ACCOUNTS.stream().map(account -> account.username() + " | "
                + account.role().name().toLowerCase().replace('_', '-') + " | "
                + account.departments().stream().map(departmentNames::get).collect(Collectors.joining(", "))).toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(accounts);
        assertThat(readme).contains("**`" + DemoAccounts.PASSWORD + "`**");
    }
}
