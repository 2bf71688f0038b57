package dev.rapport.plugin.service.testing;

import dev.rapport.plugin.service.ServicePlugin;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueMember;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The service plugin started against a {@link TestContext}, as the platform starts it (standard calendar, default
 * agreement and first queue made once in the shared database), with a manager acting; plus helpers to make the
 * customers, agents and queues a test needs, unique to it.
 */
public final class TestPlugin {

    public final TestContext context = new TestContext();
    public final UserInfo manager;

    public TestPlugin() {
        manager = context.kernel.addUser("Sam Supervisor", Role.MANAGER, "service");
        context.kernel.actAs(manager);
        new ServicePlugin(context).start();
    }

    /** Starts the plugin again on the same kernel, as after a restart: new services, only the database kept. */
    public void restart() {
        new ServicePlugin(context).start();
    }

    public <T> T service(Class<T> type) {
        T service = context.provided(type);
        if (service == null) {
            throw new IllegalArgumentException("The plugin provides no " + type.getSimpleName());
        }
        return service;
    }

    public CustomerInfo customer() {
        return context.customers.add(CustomerKind.PERSON, unique("Customer "), unique("c") + "@example.com", null, false,
                manager.id());
    }

    public UserInfo agent(String name) {
        return context.kernel.addUser(name, Role.AGENT, "service");
    }

    /** A new queue of the service department with these members (skills by user). */
    public Queue queue(AssignmentMode mode, List<QueueMember> members) {
        context.kernel.actAs(manager);
        QueueService queues = service(QueueService.class);
        long id = queues.save(new Queue(0, unique("Queue "), context.kernel.department("service").id(), manager.id(),
                mode, new BigDecimal("60.00"), "EUR", 0), members);
        return queues.get(id);
    }

    /** A text unique to one test, for names that keep tests apart in the shared database. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
