package dev.rapport.platform.interaction;

import static dev.rapport.platform.testing.Kernel.organisation;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;

class InteractionServiceTest {

    private final Kernel kernel = new Kernel();
    private final InteractionService interactions = kernel.interactions;
    private final Actor actor = kernel.newActor();

    private InteractionDraft call(long customerId, String subject, Instant when) {
        return new InteractionDraft(customerId, null, Channel.PHONE, Direction.OUTBOUND, subject, "notes",
                Outcome.COMPLETED, when, "kernel");
    }

    @Test
    void logsAnInteractionWithWhoRecordedIt() {
        Customer customer = kernel.customers.create(person("Jane", unique("Log")), actor);
        Instant when = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MILLIS);

        Interaction logged = interactions.log(call(customer.id(), "  Renewal call  ", when), actor);

        assertThat(logged.subject()).isEqualTo("Renewal call");
        assertThat(logged.occurredAt()).isEqualTo(when);
        assertThat(logged.recordedBy()).isEqualTo(actor.userId());
        assertThat(logged.recordedAt()).isNotNull();
        assertThat(logged.isCorrected()).isFalse();
        assertThat(interactions.get(logged.id())).isEqualTo(logged);
    }

    @Test
    void refusesIncompleteOrImplausibleInteractions() {
        Customer customer = kernel.customers.create(person("Jane", unique("Bad")), actor);
        InteractionDraft bad = new InteractionDraft(customer.id(), 12345678L, null, null, "x".repeat(201), null, null,
                Instant.now().plus(Duration.ofDays(3)), "kernel");
        assertThatThrownBy(() -> interactions.log(bad, actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("contactId", "channel", "direction", "outcome", "subject", "occurredAt"));
        assertThatThrownBy(() -> interactions.log(call(Long.MAX_VALUE - 7, "x", Instant.now()), actor))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("customerId"));
    }

    @Test
    void acceptsOnlyContactPersonsOfTheSameCustomer() {
        Customer org = kernel.customers.create(organisation(unique("Org ")), actor);
        Customer other = kernel.customers.create(organisation(unique("Other ")), actor);
        ContactPerson contact = kernel.customers.addContact(org.id(), new ContactPersonDraft("Max", "Muster", null, null, null), actor);
        InteractionDraft draft = new InteractionDraft(org.id(), contact.id(), Channel.MEETING, Direction.INBOUND, "Visit",
                null, Outcome.COMPLETED, Instant.now(), "kernel");

        assertThat(interactions.log(draft, actor).contactId()).isEqualTo(contact.id());
        InteractionDraft foreign = new InteractionDraft(other.id(), contact.id(), Channel.MEETING, Direction.INBOUND,
                "Visit", null, Outcome.COMPLETED, Instant.now(), "kernel");
        assertThatThrownBy(() -> interactions.log(foreign, actor)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalStaysMarkedCorrected() {
        Customer customer = kernel.customers.create(person("Jane", unique("Fix")), actor);
        Interaction original = interactions.log(call(customer.id(), "Wrong subject", Instant.now()), actor);

        Interaction correction = interactions.correct(original.id(), call(customer.id(), "Right subject", Instant.now()), actor);

        assertThat(correction.id()).isNotEqualTo(original.id());
        assertThat(correction.correctsId()).isEqualTo(original.id());
        Interaction reread = interactions.get(original.id());
        assertThat(reread.subject()).isEqualTo("Wrong subject");
        assertThat(reread.correctedById()).isEqualTo(correction.id());
        assertThatThrownBy(() -> interactions.correct(original.id(), call(customer.id(), "Again", Instant.now()), actor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.alreadyCorrected"));
        assertThat(interactions.correct(correction.id(), call(customer.id(), "Final", Instant.now()), actor).correctsId())
                .isEqualTo(correction.id());
    }

    @Test
    void aCorrectionMustConcernTheSameCustomer() {
        Customer jane = kernel.customers.create(person("Jane", unique("Same")), actor);
        Customer john = kernel.customers.create(person("John", unique("Same")), actor);
        Interaction original = interactions.log(call(jane.id(), "Call", Instant.now()), actor);
        assertThatThrownBy(() -> interactions.correct(original.id(), call(john.id(), "Call", Instant.now()), actor))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theLogOffersNoWayToChangeOrDeleteAnEntry() {
        assertThat(Arrays.stream(InteractionService.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("remove") || name.startsWith("update"));
    }
}
