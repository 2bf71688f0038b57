package dev.rapport.platform.plugin;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The kernel services behind every plugin's context.
 *
 * @param actor who acts when a plugin writes: the signed-in user during a request, else the system
 * @param demoData whether the installation runs with the platform's demo data
 */
public record KernelServices(DSLContext dsl, Clock clock, CustomerService customers, ProductCatalog products,
                             TransactionService transactions, InteractionService interactions, TaskService tasks,
                             EventOutbox outbox, BundleI18NProvider translations, UserDirectory users,
                             DepartmentDirectory departments, Supplier<Actor> actor, boolean demoData,
                             SegmentService segments) {
}
