package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;

import dev.rapport.platform.persistence.Sql;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;

/**
 * The conditions on a customer's own columns that the customer list and saved segments share: name prefix (sort
 * name or display name), lifecycle stages, owner. Each is an index range; an empty part adds no condition.
 */
public final class CustomerConditions {

    private CustomerConditions() {
    }

    public static List<Condition> ofFields(String namePrefix, Collection<LifecycleStage> stages, Long ownerId) {
        List<Condition> conditions = new ArrayList<>();
        if (namePrefix != null && !namePrefix.isBlank()) {
            String prefix = namePrefix.strip();
            conditions.add(Sql.startsWith(CUSTOMER.SORT_NAME, prefix).or(Sql.startsWith(CUSTOMER.DISPLAY_NAME, prefix)));
        }
        if (!stages.isEmpty()) {
            conditions.add(CUSTOMER.LIFECYCLE_STAGE.in(stages.stream().map(Enum::name).toList()));
        }
        if (ownerId != null) {
            conditions.add(CUSTOMER.OWNER_ID.eq(ownerId));
        }
        return conditions;
    }
}
