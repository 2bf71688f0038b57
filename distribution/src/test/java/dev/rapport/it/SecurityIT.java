package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Security in a real browser against the running server: nothing but the sign-in and set-up pages opens
 * without signing in, guessing passwords is throttled, customer data is shown as text (never run as script),
 * and the session cookie is out of reach of scripts and other sites.
 */
@ExtendWith(RapportBrowserExtension.class)
class SecurityIT {

    /**
     * A name that runs script if a page inserts it as HTML: a {@code <script>} inserted as HTML never runs, but the
     * image's onerror does, which makes "no alert" a real check.
     */
    private static final String SCRIPT_LIKE = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Customer organisation(RapportServer server, String name) {
        return server.platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.ORGANISATION, null, null, name, LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false,
                List.of(), List.of(), List.of(), Set.of(), null), Actor.of(server.administrator()));
    }

    @Test
    void everyRouteOfTheRunningServerLeadsToTheSignInPageWithoutSigningIn(RapportServer server, WebDriver driver) {
        Customer customer = organisation(server, unique("Route Check "));
        Map<Boolean, Set<String>> templates = RouteTemplates.byPublic(server);
        Set<String> protectedTemplates = templates.get(false);

        assertThat(templates.get(true)).as("the pages anyone may open").containsExactlyInAnyOrder("login", "setup");
        assertThat(protectedTemplates).as("kernel and plugin routes, so that none is forgotten")
                .contains("", "customers", "customers/new", "customers/:customerId(\\d+)",
                        "customers/:customerId(\\d+)/edit", "my-work", "products", "account", "admin/users",
                        "admin/departments", "admin/plugins", "admin/events", "admin/audit", LatestNotesPage.PATH,
                        "acquisition/leads", "acquisition/leads/import", "acquisition/campaigns", "acquisition/scoring",
                        "acquisition/settings");

        List<String> notLeadingToSignIn = new ArrayList<>();
        for (String template : protectedTemplates) {
            // The sign-in check comes before a view loads anything: a well-formed id of a plugin's record will do.
            String path = RouteTemplates.path(template, Map.of("customerId", String.valueOf(customer.id()), "leadId", "1",
                    "campaignId", "1", "requestId", "1", "departmentId", "1"));
            driver.manage().deleteAllCookies();
            driver.get(server.url(path));
            if (!LoginPage.isShown(driver)) {
                notLeadingToSignIn.add("/" + path + " showed " + driver.getCurrentUrl());
            }
        }
        assertThat(notLeadingToSignIn).as("pages that did not lead to the sign-in page").isEmpty();
    }

    @Test
    void wrongPasswordsSlowTheAccountDownFromThisBrowserThenRefuseEvenTheRightOneForAWhile(RapportServer server,
                                                                                           WebDriver driver)
            throws InterruptedException {
        String username = unique("it-throttled-");
        server.account(username, Role.AGENT, "sales");
        LoginPage login = LoginPage.open(driver, server);
        Pattern pause = Pattern.compile("Several failed attempts\\. Wait (\\d+) seconds, then try again\\.");
        int refused = 0;
        int paused = 0;

        for (int attempt = 1; attempt <= 12 && refused < 5; attempt++) {
            login.submit(username, "wrong password " + attempt);
            Matcher wait = pause.matcher(login.error());
            if (wait.matches()) {
                paused++;
                Thread.sleep(Long.parseLong(wait.group(1)) * 1000);
            } else {
                assertThat(login.error()).as("attempt %d", attempt).isEqualTo("Wrong username or password.");
                refused++;
            }
        }
        login.submit(username, RapportServer.PASSWORD);

        assertThat(refused).isEqualTo(5);
        assertThat(paused).as("pauses between the failures").isPositive();
        assertThat(login.error()).isEqualTo("Too many failed attempts. Try again in 15 minutes.");
        assertThat(LoginPage.current(driver).currentUrl()).endsWith("/login");
    }

    @Test
    void aCustomerNamedLikeAScriptIsShownAsTextAndNeverRun(RapportServer server, WebDriver driver) {
        String name = SCRIPT_LIKE + " " + unique("");
        Customer customer = organisation(server, name);
        LoginPage.signInAsAdministrator(driver, server);

        CustomerListPage list = CustomerListPage.openFiltered(driver, server, name);
        assertThat(list.name(0)).isEqualTo(name);
        assertThat(list.alertIsOpen()).isFalse();

        Customer360Page customer360 = Customer360Page.open(driver, server, customer.id());
        assertThat(customer360.customerName()).isEqualTo(name);
        assertThat(customer360.alertIsOpen()).isFalse();

        ShellPage shell = ShellPage.current(driver);
        assertThat(shell.searchSuggestions(name.substring(0, 20))).contains(name);
        assertThat(shell.alertIsOpen()).isFalse();
    }

    @Test
    void aCustomerNamedLikeAScriptIsShownAsTextOnTheFormInTaskListsInTheMergeDialogInTheAuditLogAndInAPlugin(
            RapportServer server, WebDriver driver) {
        String marker = unique("");
        String name = SCRIPT_LIKE + " " + marker;
        Customer customer = organisation(server, name);
        Customer duplicate = organisation(server, name + " copy");
        User administrator = server.account(unique("it-xss-"), Role.ADMINISTRATOR, "management");
        String taskTitle = "<script>alert(3)</script><img src=x onerror=alert(4)> call " + marker;
        server.platform().services().require(TaskService.class).create(new NewTask(taskTitle, null, customer.id(),
                null, null, administrator.id(), null), "kernel", Actor.of(administrator));
        LoginPage.signIn(driver, server, administrator.username(), RapportServer.PASSWORD);

        CustomerEditPage form = CustomerEditPage.openExisting(driver, server, customer.id());
        assertThat(form.heading()).isEqualTo("Edit " + name);
        assertThat(form.fieldValue("organisation-name")).isEqualTo(name);
        assertThat(form.title()).startsWith("Edit " + name);
        assertShownAsText(form);

        MyWorkPage myWork = MyWorkPage.open(driver, server);
        assertThat(myWork.myTaskRowContaining(marker)).containsSequence(taskTitle, name);
        assertShownAsText(myWork);

        Customer360Page customer360 = Customer360Page.open(driver, server, customer.id());
        assertThat(customer360.taskRowContaining(marker)).containsSequence(taskTitle, name);
        assertShownAsText(customer360);

        assertThat(customer360.openMergeDialog()).contains("Merge a duplicate into " + name)
                .contains("move to " + name + ", which keeps");
        assertThat(customer360.chooseDuplicate(name.substring(0, 20), marker + " copy"))
                .anySatisfy(label -> assertThat(label).startsWith(name + " copy").endsWith("#" + duplicate.id()));
        assertThat(customer360.mergeConfirmation())
                .contains(name + " copy (#" + duplicate.id() + ") is merged into " + name + " and removed.");
        assertShownAsText(customer360);
        customer360.cancelMerge();

        String note = "<img src=x onerror=alert(5)> noted " + marker;
        assertThat(customer360.notesTab().add(note).notes()).anySatisfy(shown -> assertThat(shown).contains(note));
        assertShownAsText(customer360);
        LatestNotesPage latestNotes = LatestNotesPage.open(driver, server);
        assertThat(latestNotes.rowContaining(note)).containsSequence(name, note);
        assertShownAsText(latestNotes);

        AuditLogPage audit = AuditLogPage.open(driver, server).filterBySubject(String.valueOf(customer.id()));
        String subject = name + " (customer " + customer.id() + ")"; // the audit log names its subjects
        assertThat(audit.entryAbout(subject)).containsSequence("Customer created", subject, name);
        assertShownAsText(audit);
        assertThat(server.platform().services().require(CustomerService.class).find(duplicate.id()))
                .as("the cancelled merge").isPresent();
    }

    /** No alert opened and no element was made of the text: it was shown as text. */
    private static void assertShownAsText(VaadinPage page) {
        assertThat(page.alertIsOpen()).as("an alert opened by injected script").isFalse();
        assertThat(page.injectedElementCount()).as("elements made of the customer's name or the task's title").isZero();
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndRenewedAtSignIn(RapportServer server, WebDriver driver) {
        LoginPage.open(driver, server);
        Cookie beforeSignIn = driver.manage().getCookieNamed("JSESSIONID");
        LoginPage.signInAsAdministrator(driver, server);
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");

        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(beforeSignIn).isNotNull();
        assertThat(session.getValue()).as("a new session id at sign-in (no session fixation)")
                .isNotEqualTo(beforeSignIn.getValue());
    }
}
