package dev.rapport.plugin.service.testing;

import dev.rapport.plugin.service.ServicePlugin;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueMember;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service plugin's services on the test kit's real kernel, but reading a clock the test sets: SLA clocks count
 * business hours, so their tests need a fixed Monday morning. The plugin is started a second time, as the platform
 * starts it ({@link ServicePlugin#start()} as the plugin), on the kit's context with only {@code clock()} (and, for
 * demo tests, {@code demoData()}) replaced; what it provides is kept here, not in the kernel. A manager of the
 * {@code service} department is made for each instance.
 */
public final class ServiceOnTestClock {

    /** The one clock these services read: tests set or advance it. Starts on Monday 7 December 2026, 09:00 Berlin. */
    public final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    public final PluginContext context;
    public final UserInfo manager;
    private final RapportKernel kernel;
    private final boolean demo;
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();

    /** The plugin started on the test clock. */
    public ServiceOnTestClock(RapportKernel kernel) {
        this(kernel, false);
        start();
    }

    /** The plugin on the test clock, as on a demo installation if {@code demo}, not started yet: see {@link #start()}. */
    public ServiceOnTestClock(RapportKernel kernel, boolean demo) {
        this.kernel = kernel;
        this.demo = demo;
        this.context = (PluginContext) Proxy.newProxyInstance(PluginContext.class.getClassLoader(),
                new Class<?>[] {PluginContext.class}, (proxy, method, args) -> answer(method, args));
        this.manager = kernel.createUser("Sam Supervisor", Role.MANAGER, ServicePlugin.SERVICE_DEPARTMENT);
    }

    private Object answer(Method method, Object[] args) throws Throwable {
        int arity = method.getParameterCount();
        if (method.getName().equals("clock") && arity == 0) {
            return clock;
        }
        if (method.getName().equals("demoData") && arity == 0) {
            return demo;
        }
        if (method.getName().equals("provide") && arity == 2) {
            provided.put((Class<?>) args[0], args[1]);
            return null;
        }
        try {
            return method.invoke(kernel.context(), args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }

    /** Starts the plugin (again: as after a restart, new services, only the database kept). */
    public void start() {
        kernel.runAsPlugin(() -> new ServicePlugin(context).start());
    }

    public void setClock(Instant now) {
        clock.set(now);
    }

    public <T> T service(Class<T> type) {
        T service = type.cast(provided.get(type));
        if (service == null) {
            throw new IllegalArgumentException("The plugin provides no " + type.getSimpleName());
        }
        return service;
    }

    /** Who acts from now on in the test's thread (and the Karibu session), as after a sign-in. */
    public void actAs(UserInfo user) {
        kernel.signIn(user);
    }

    public CustomerInfo customer() {
        return kernel.createPerson("Customer", kernel.unique("C"), kernel.unique("c") + "@example.com", false);
    }

    public UserInfo agent(String name) {
        return kernel.createUser(name, Role.AGENT, ServicePlugin.SERVICE_DEPARTMENT);
    }

    /** A new queue of the service department with these members (skills by user), saved by the manager. */
    public Queue queue(AssignmentMode mode, List<QueueMember> members) {
        return kernel.callAs(manager, () -> {
            QueueService queues = service(QueueService.class);
            long id = queues.save(new Queue(0, kernel.unique("Queue "),
                    kernel.department(ServicePlugin.SERVICE_DEPARTMENT).id(), manager.id(), mode,
                    new BigDecimal("60.00"), "EUR", 0), members);
            return queues.get(id);
        });
    }
}
