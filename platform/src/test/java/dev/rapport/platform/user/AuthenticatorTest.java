package dev.rapport.platform.user;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signing in, throttling of guessing (per account and address, per address), hash upgrades, changing one's password. */
class AuthenticatorTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String WRONG = "wrong horse battery";
    private static final String ADDRESS = "198.51.100.7";
    private static final String OTHER_ADDRESS = "203.0.113.9";
    private static final int ACCOUNT_LIMIT = 5;
    private static final int ADDRESS_LIMIT = 10;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Kernel kernel = new Kernel();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Authenticator authenticator = new Authenticator(kernel.users, kernel.userAdministration,
            kernel.hasher, kernel.audit, clock, ACCOUNT_LIMIT, ADDRESS_LIMIT, WINDOW);

    private User user(boolean active, boolean temporaryPassword) {
        long sales = kernel.departments.findByCode("sales").orElseThrow().id();
        return kernel.userAdministration.create(new UserAdministration.UserDraft(unique("user"), "Sam Signin", null,
                Role.AGENT, Set.of(sales), active), PASSWORD, temporaryPassword, kernel.newActor());
    }

    private User user() {
        return user(true, false);
    }

    private Authenticator.Outcome signIn(User user, String password) {
        return authenticator.signIn(user.username(), password, ADDRESS);
    }

    @Test
    void theRightPasswordSignsInAsTheUserWithTheirRoleAndDepartments() {
        User user = user();

        Authenticator.Outcome outcome = authenticator.signIn("  " + user.username().toUpperCase() + " ", PASSWORD, ADDRESS);

        assertThat(outcome).isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class, signedIn -> {
            assertThat(signedIn.actor()).isEqualTo(Actor.of(user));
            assertThat(signedIn.mustChangePassword()).isFalse();
        });
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnInactiveUserAreRefusedAlike() {
        User user = user();
        User inactive = user(false, false);

        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, "")).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(authenticator.signIn(unique("nobody"), PASSWORD, ADDRESS)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(inactive, PASSWORD)).isInstanceOf(Authenticator.Outcome.Refused.class);
    }

    /** A failed attempt, after the pause the previous failures imposed (at most 8 s before the lock). */
    private Authenticator.Outcome failAfterPause(User user, String address) {
        clock.advance(Duration.ofSeconds(10));
        return authenticator.signIn(user.username(), WRONG, address);
    }

    @Test
    void failuresForAnAccountFromOneAddressImposeAGrowingPauseFromTheSecondOn() {
        User user = user();
        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, PASSWORD)).as("one typo costs no wait").isInstanceOf(Authenticator.Outcome.SignedIn.class);

        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, PASSWORD)).as("right after the second failure").isEqualTo(
                new Authenticator.Outcome.Throttled(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, PASSWORD)).as("after the third").isEqualTo(new Authenticator.Outcome.Throttled(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, PASSWORD)).as("after the fourth").isEqualTo(new Authenticator.Outcome.Throttled(Duration.ofSeconds(4)));
        clock.advance(Duration.ofSeconds(4));
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void afterFiveFailuresFromOneAddressTheAccountIsLockedFromThatAddressOnlyUntilTheWindowHasPassed() {
        User user = user();
        for (int attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
            assertThat(failAfterPause(user, ADDRESS)).as("attempt %d", attempt).isInstanceOf(Authenticator.Outcome.Refused.class);
        }

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(user, PASSWORD)).isInstanceOfSatisfying(Authenticator.Outcome.Throttled.class,
                throttled -> assertThat(throttled.retryAfter()).isEqualTo(WINDOW.minusMinutes(1)));
        assertThat(authenticator.signIn(user.username(), PASSWORD, OTHER_ADDRESS))
                .as("the same account from another address").isInstanceOf(Authenticator.Outcome.SignedIn.class);
        assertThat(authenticator.signIn(user().username(), PASSWORD, ADDRESS))
                .as("other accounts from the same address").isInstanceOf(Authenticator.Outcome.SignedIn.class);

        clock.advance(WINDOW);
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void nobodyCanLockTheAdministratorOutFromElsewhere() {
        User administrator = kernel.userAdministration.create(new UserAdministration.UserDraft(unique("admin"),
                "Ada Admin", null, Role.ADMINISTRATOR, Set.of(), true), PASSWORD, false, kernel.newActor());
        for (int attacker = 1; attacker <= 10; attacker++) {
            for (int attempt = 1; attempt <= ACCOUNT_LIMIT + 2; attempt++) {
                failAfterPause(administrator, "203.0.113." + attacker);
            }
        }

        assertThat(authenticator.signIn(administrator.username(), PASSWORD, ADDRESS))
                .isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void onceTheWindowHasPassedGuessingIsLimitedAgain() {
        User user = user();
        for (int attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
            failAfterPause(user, ADDRESS);
        }
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.Throttled.class);
        clock.advance(WINDOW.plusSeconds(1));

        for (int attempt = 1; attempt <= ACCOUNT_LIMIT; attempt++) {
            assertThat(failAfterPause(user, ADDRESS)).as("attempt %d", attempt).isInstanceOf(Authenticator.Outcome.Refused.class);
        }
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.Throttled.class);
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsEarlierFailures() {
        User user = user();
        for (int attempt = 1; attempt < ACCOUNT_LIMIT; attempt++) {
            failAfterPause(user, ADDRESS);
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);

        for (int attempt = 1; attempt < ACCOUNT_LIMIT; attempt++) {
            assertThat(failAfterPause(user, ADDRESS)).isInstanceOf(Authenticator.Outcome.Refused.class);
        }
        clock.advance(Duration.ofSeconds(10));
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void aHashMadeWithWeakerParametersIsReplacedByACurrentOneAtTheNextSignIn() {
        User user = user();
        String weak = com.password4j.Password.hash(PASSWORD).addRandomSalt(16).with(com.password4j.Argon2Function
                .getInstance(4 * 1024, 1, 1, 32, com.password4j.types.Argon2.ID)).getResult();
        storeHash(user, weak);
        assertThat(kernel.hasher.isOutdated(weak)).isTrue();

        assertThat(signIn(user, WRONG)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(storedHash(user)).as("a wrong password changes nothing").isEqualTo(weak);
        clock.advance(Duration.ofSeconds(10));
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);

        String upgraded = storedHash(user);
        assertThat(upgraded).isNotEqualTo(weak).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(kernel.hasher.isOutdated(upgraded)).isFalse();
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
        assertThat(storedHash(user)).as("a current hash stays").isEqualTo(upgraded);
    }

    private void storeHash(User user, String hash) {
        kernel.dsl.update(dev.rapport.platform.internal.db.Tables.APP_USER)
                .set(dev.rapport.platform.internal.db.Tables.APP_USER.PASSWORD_HASH, hash)
                .where(dev.rapport.platform.internal.db.Tables.APP_USER.ID.eq(user.id())).execute();
    }

    private String storedHash(User user) {
        return kernel.users.passwordHash(user.id()).orElseThrow();
    }

    @Test
    void manyFailuresFromOneAddressAcrossAccountsRefuseEveryAccountFromThatAddressOnly() {
        User user = user();
        for (int attempt = 1; attempt <= ADDRESS_LIMIT; attempt++) {
            assertThat(authenticator.signIn(unique("guess"), WRONG, ADDRESS)).isInstanceOf(Authenticator.Outcome.Refused.class);
        }

        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.Throttled.class);
        assertThat(authenticator.signIn(user.username(), PASSWORD, OTHER_ADDRESS)).isInstanceOf(Authenticator.Outcome.SignedIn.class);

        clock.advance(WINDOW.plusSeconds(1));
        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void asConfiguredOutOfTheBoxTheTwentiethFailureFromOneAddressLocksItForFifteenMinutes() {
        Path installation = Path.of("..", "distribution", "src", "main", "dist");
        assertThat(installation.resolve(RapportConfig.CONFIG_FILE)).as("the shipped configuration").isRegularFile();
        RapportConfig shipped = RapportConfig.load(installation, Map.of());
        RapportConfig builtInDefaults = RapportConfig.of(installation, Map.of());
        int run = 0;
        for (RapportConfig config : List.of(shipped, builtInDefaults)) {
            Authenticator configured = Authenticator.configured(config, kernel.users, kernel.userAdministration,
                    kernel.hasher, kernel.audit, clock);
            User user = user();
            String address = "192.0.2." + (100 + run++);
            for (int failure = 1; failure <= 19; failure++) {
                assertThat(configured.signIn(unique("guess"), WRONG, address)).isInstanceOf(Authenticator.Outcome.Refused.class);
            }
            assertThat(configured.signIn(user.username(), PASSWORD, address)).as("after 19 failures from the address")
                    .isInstanceOf(Authenticator.Outcome.SignedIn.class);

            assertThat(configured.signIn(unique("guess"), WRONG, address)).isInstanceOf(Authenticator.Outcome.Refused.class);

            assertThat(configured.signIn(user.username(), PASSWORD, address)).as("after the 20th failure")
                    .isInstanceOfSatisfying(Authenticator.Outcome.Throttled.class, throttled -> assertThat(
                            throttled.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
            assertThat(configured.signIn(user.username(), PASSWORD, OTHER_ADDRESS)).as("from another address")
                    .isInstanceOf(Authenticator.Outcome.SignedIn.class);
            clock.advance(Duration.ofMinutes(15).plusSeconds(1));
            assertThat(configured.signIn(user.username(), PASSWORD, address)).as("15 minutes later")
                    .isInstanceOf(Authenticator.Outcome.SignedIn.class);
        }
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAValidNewOne() {
        User user = user();
        Actor actor = Actor.of(user);
        String chosen = "a new and longer passphrase";

        assertThatThrownBy(() -> authenticator.changePassword(actor, WRONG, chosen))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("currentPassword", "validation.wrongPassword")));
        assertThatThrownBy(() -> authenticator.changePassword(actor, PASSWORD, "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword", "validation.passwordTooShort")));
        assertThatThrownBy(() -> authenticator.changePassword(actor, PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.samePassword"));
        assertThat(signIn(user, PASSWORD)).as("refused changes keep the password").isInstanceOf(Authenticator.Outcome.SignedIn.class);

        authenticator.changePassword(actor, PASSWORD, chosen);

        assertThat(signIn(user, PASSWORD)).isInstanceOf(Authenticator.Outcome.Refused.class);
        assertThat(signIn(user, chosen)).isInstanceOf(Authenticator.Outcome.SignedIn.class);
    }

    @Test
    void aTemporaryPasswordMustBeChangedAtSignInAndNoLongerOnceChanged() {
        User user = user(true, true);

        assertThat(signIn(user, PASSWORD)).isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class,
                signedIn -> assertThat(signedIn.mustChangePassword()).isTrue());
        authenticator.changePassword(Actor.of(user), PASSWORD, "my very own passphrase");

        assertThat(signIn(user, "my very own passphrase")).isInstanceOfSatisfying(Authenticator.Outcome.SignedIn.class,
                signedIn -> assertThat(signedIn.mustChangePassword()).isFalse());
    }
}
