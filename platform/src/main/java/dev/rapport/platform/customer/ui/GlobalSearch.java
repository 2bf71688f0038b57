package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import java.util.stream.Stream;

/** The header's customer search: type a name, email or phone prefix, pick a customer, land on their 360° view. */
public class GlobalSearch extends ComboBox<CustomerSummary> {

    static final int MIN_LENGTH = 2;
    static final int MAX_HITS = 20;

    public GlobalSearch(CustomerService customers) {
        setId("global-search");
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.placeholder"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setMaxWidth("36em");
        setPageSize(MAX_HITS);
        setItems(query -> {
            String filter = query.getFilter().orElse("");
            int limit = Math.min(query.getLimit(), MAX_HITS);
            return query.getOffset() > 0 || filter.strip().length() < MIN_LENGTH
                    ? Stream.empty()
                    : customers.search(filter, limit).stream();
        });
        setItemLabelGenerator(CustomerSummary::displayName);
        setRenderer(LitRenderer.<CustomerSummary>of("""
                        <div><div>${item.name}</div>\
                        <div style="font-size: var(--lumo-font-size-s); color: var(--lumo-secondary-text-color)">${item.detail}</div></div>""")
                .withProperty("name", CustomerSummary::displayName)
                .withProperty("detail", hit -> String.join("  ·  ",
                        Stream.of(hit.primaryEmail(), hit.primaryPhone()).filter(v -> v != null && !v.isBlank()).toList())));
        addValueChangeListener(event -> {
            if (event.getValue() != null) {
                long id = event.getValue().id();
                clear();
                getUI().ifPresent(ui -> ui.navigate(Customer360View.class, Customer360View.parameters(id)));
            }
        });
    }
}
