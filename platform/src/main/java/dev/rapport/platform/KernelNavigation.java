package dev.rapport.platform;

import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.sdk.security.Role;

/** The side navigation with the kernel's own entries, which plugins' entries join. */
public final class KernelNavigation {

    private KernelNavigation() {
    }

    /** A new navigation with the kernel's entries. */
    public static NavigationRegistry create() {
        NavigationRegistry navigation = new NavigationRegistry();
        navigation.add(new NavigationRegistry.MenuEntry("kernel.home", "nav.home", "vaadin:home",
                "", 5, RapportPlatform.KERNEL, null));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.customers", "nav.customers", "vaadin:users",
                "customers", 10, RapportPlatform.KERNEL, null));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.my-work", "nav.myWork", "vaadin:tasks",
                "my-work", 15, RapportPlatform.KERNEL, null));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.calendar", "nav.calendar", "vaadin:calendar",
                "calendar", 15, RapportPlatform.KERNEL, null));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.unmatched-mail", "nav.unmatchedMail", "vaadin:envelopes",
                "mail/unmatched", 16, RapportPlatform.KERNEL, Role.AGENT));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.figures", "nav.figures", "vaadin:chart",
                "figures", 18, RapportPlatform.KERNEL, Role.MANAGER));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.segments", "nav.segments", "vaadin:filter",
                "segments", 19, RapportPlatform.KERNEL, Role.MANAGER));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.unmatched-calls", "nav.unmatchedCalls", "vaadin:phone",
                "unmatched-calls", 17, RapportPlatform.KERNEL, Role.AGENT));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.products", "nav.products", "vaadin:package",
                "products", 20, RapportPlatform.KERNEL, null));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.users", "nav.users", "vaadin:user-card",
                "admin/users", 70, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.service-accounts", "nav.serviceAccounts", "vaadin:cogs",
                "admin/service-accounts", 71, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.webhooks", "nav.webhooks", "vaadin:connect",
                "admin/webhooks", 71, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.departments", "nav.departments", "vaadin:sitemap",
                "admin/departments", 72, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.plugins", "nav.plugins", "vaadin:plug",
                "admin/plugins", 80, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.marketplace", "nav.marketplace", "vaadin:shop",
                "admin/marketplace", 82, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.mail", "nav.mail", "vaadin:envelope",
                "admin/mail", 83, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.exchange-rates", "nav.exchangeRates", "vaadin:money-exchange",
                "admin/exchange-rates", 84, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.events", "nav.events", "vaadin:exchange",
                "admin/events", 85, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.jobs", "nav.jobs", "vaadin:clock",
                "admin/jobs", 86, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        navigation.add(new NavigationRegistry.MenuEntry("kernel.audit", "nav.audit", "vaadin:archive",
                "admin/audit", 90, RapportPlatform.KERNEL, Role.ADMINISTRATOR));
        return navigation;
    }
}
