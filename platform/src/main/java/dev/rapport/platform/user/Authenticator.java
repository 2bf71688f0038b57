package dev.rapport.platform.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs users in, and throttles guessing: after {@code perAccount} failed attempts for one account, or
 * {@code perAddress} from one address, within the window, further attempts are refused (even with the right
 * password) until the window has passed. Every attempt is in the audit log.
 */
public final class Authenticator {

    /** The outcome of a sign-in attempt. */
    public sealed interface Outcome {
        record SignedIn(Actor actor, boolean mustChangePassword) implements Outcome {
        }

        record Refused() implements Outcome {
        }

        record Throttled(Duration retryAfter) implements Outcome {
        }
    }

    private record Failures(int count, Instant firstAt) {
    }

    private final UserDirectory users;
    private final UserAdministration administration;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Failures> byAccount;
    private final Cache<String, Failures> byAddress;
    /** Compared against when the user does not exist, so a wrong username takes as long as a wrong password. */
    private final String decoyHash;

    public Authenticator(UserDirectory users, UserAdministration administration, PasswordHasher hasher, AuditLog audit,
                         Clock clock, int perAccount, int perAddress, Duration window) {
        this.users = users;
        this.administration = administration;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.byAccount = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.byAddress = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
        this.decoyHash = hasher.hash("decoy password that never matches");
    }

    /**
     * The authenticator as configured: {@code security.signin.max.failures.account} (default 5),
     * {@code security.signin.max.failures.address} (default 20) and {@code security.signin.lock.minutes} (default 15).
     */
    public static Authenticator configured(RapportConfig config, UserDirectory users, UserAdministration administration,
                                           PasswordHasher hasher, AuditLog audit, Clock clock) {
        return new Authenticator(users, administration, hasher, audit, clock,
                config.getInt("security.signin.max.failures.account", 5),
                config.getInt("security.signin.max.failures.address", 20),
                Duration.ofMinutes(config.getInt("security.signin.lock.minutes", 15)));
    }

    public Outcome signIn(String username, String password, String remoteAddress) {
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        Optional<Duration> wait = throttled(byAccount, account, perAccount).or(() -> throttled(byAddress, address, perAddress));
        if (wait.isPresent()) {
            audit.recordAnonymous(account, AuditAction.SIGN_IN_THROTTLED, "user", account, null, address);
            return new Outcome.Throttled(wait.get());
        }
        Optional<User> user = users.findByUsername(account).filter(User::active);
        String hash = user.flatMap(found -> users.passwordHash(found.id())).orElse(decoyHash);
        boolean matches = hasher.matches(password, hash) && user.isPresent();
        if (!matches) {
            fail(byAccount, account);
            fail(byAddress, address);
            audit.recordAnonymous(account, AuditAction.SIGN_IN_FAILED, "user", account, null, address);
            return new Outcome.Refused();
        }
        byAccount.invalidate(account);
        Actor actor = Actor.of(user.get());
        audit.record(users.dsl(), actor, AuditAction.SIGN_IN_SUCCEEDED, "user", actor.userId(), null, address);
        return new Outcome.SignedIn(actor, user.get().mustChangePassword());
    }

    /** Changes the signed-in user's own password after checking the current one. */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        User user = users.find(actor.userId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (!hasher.matches(currentPassword, users.passwordHash(user.id()).orElse(null))) {
            errors.add(FieldError.of("currentPassword", "validation.wrongPassword"));
        }
        errors.addAll(PasswordPolicy.check("newPassword", newPassword, user.username()));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("newPassword", "validation.samePassword"));
        }
        ValidationException.throwIfAny(errors);
        administration.storeChosenPassword(user.id(), newPassword);
        audit.record(actor, AuditAction.PASSWORD_CHANGED, "user", user.id(), null);
    }

    private Optional<Duration> throttled(Cache<String, Failures> failures, String key, int limit) {
        Failures recorded = failures.getIfPresent(key);
        if (recorded == null || recorded.count() < limit) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(clock.instant(), recorded.firstAt().plus(window));
        return remaining.isNegative() ? Optional.empty() : Optional.of(remaining);
    }

    /** Counts a failure in the current window; the first failure after a window has passed starts a new one. */
    private void fail(Cache<String, Failures> failures, String key) {
        Instant now = clock.instant();
        failures.asMap().merge(key, new Failures(1, now), (old, next) -> now.isBefore(old.firstAt().plus(window))
                ? new Failures(old.count() + 1, old.firstAt()) : next);
    }
}
