package dev.rapport.platform.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a plugin's page that failed; navigation and every other page keep working. */
@ParentLayout(MainLayout.class)
public class PluginFailureView extends VerticalLayout implements HasErrorParameter<PluginFailureException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<PluginFailureException> parameter) {
        removeAll();
        setId("plugin-failure");
        add(new H2(getTranslation("error.pluginFailed.title")),
                new Paragraph(getTranslation("error.pluginFailed.text", parameter.getException().pluginId())),
                new Anchor("customers", getTranslation("error.backToCustomers")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** The heading as the browser tab's title: screen readers announce it, and a page without one is a violation. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.pluginFailed.title");
    }
}
