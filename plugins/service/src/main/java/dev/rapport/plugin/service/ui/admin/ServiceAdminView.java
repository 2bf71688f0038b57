package dev.rapport.plugin.service.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.sdk.PluginContext;

/**
 * Customer service administration for managers (the permission {@code service.administer-setup}): the team queues, the
 * business-hours calendars with their holidays, and the service agreements, each a list with forms that check
 * their input on the field and ask before deleting.
 */
public final class ServiceAdminView extends VerticalLayout implements HasDynamicTitle {

    public ServiceAdminView(PluginContext context, QueueService queues, AgreementService agreements) {
        setId("service-admin");
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("service-admin-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("service.admin.queues"), new QueueAdmin(context, queues));
        tabs.add(getTranslation("service.admin.calendars"), new CalendarAdmin(agreements));
        tabs.add(getTranslation("service.admin.agreements"), new AgreementAdmin(context, agreements));
        add(new H2(getTranslation("service.admin.title")), tabs);
        expand(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service.admin.title");
    }
}
