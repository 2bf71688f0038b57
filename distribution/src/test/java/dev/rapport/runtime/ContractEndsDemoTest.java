package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped service and retention zips on a demo installation: the service plugin's demo agreement that runs out in
 * a month reaches retention through its event, and the customer's churn risk names it as a reason in words.
 */
class ContractEndsDemoTest {

    private static final Table<?> RET_AGREEMENT = DSL.table(DSL.name("ret_agreement"));
    private static final Table<?> RET_SCORE = DSL.table(DSL.name("ret_score"));
    private static final Field<Long> CUSTOMER_ID = DSL.field(DSL.name("customer_id"), Long.class);
    private static final Field<LocalDate> VALID_UNTIL = DSL.field(DSL.name("valid_until"), LocalDate.class);
    private static final Field<Double> CHURN_RISK = DSL.field(DSL.name("churn_risk"), Double.class);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("ContractEndsDemoTest", List.of(PluginZips.RETENTION, PluginZips.SERVICE),
                Map.of("demo.enabled", "true"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theDemoAgreementEndingInAMonthIsNamedAsAChurnReason() {
        DSLContext dsl = platform.service(Database.class).dsl();
        LocalDate ends = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Long customerId = Eventually.await("the demo agreement known to retention", Duration.ofSeconds(120),
                () -> dsl.select(CUSTOMER_ID).from(RET_AGREEMENT).where(VALID_UNTIL.eq(ends)).fetchAny(CUSTOMER_ID),
                found -> found != null);
        // The demo runs the scoring job right after the first start.
        Eventually.await("the customer scored with a churn risk", Duration.ofSeconds(420),
                () -> dsl.fetchExists(RET_SCORE, CUSTOMER_ID.eq(customerId).and(CHURN_RISK.isNotNull())), found -> found);

        CustomerInfo customer = new CustomerInfo(customerId, CustomerKind.PERSON, "Demo", LifecycleStage.CUSTOMER, null,
                null, null, "en", "EUR", "UTC", false, Set.of(), Instant.now());
        List<CustomerContributions.PluginFact> facts = platform.service(CustomerContributions.class)
                .facts(customer, Locale.ENGLISH, pluginId -> true).values();
        assertThat(facts).as(facts.toString()).anyMatch(fact -> fact.fact().explanation() != null
                && fact.fact().explanation().contains("Agreement \"Premium support\" ends on"));
    }
}
