package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.scorecard.read.KpiLine;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.sdk.extension.MetricRecord;
import java.util.List;

/** The records behind a KPI's value in the period (the first {@value #LIMIT}), each linked to its page. */
final class DrillDownDialog extends Dialog {

    static final int LIMIT = 100;

    DrillDownDialog(KpiLine kpi, ScorecardReport report, ScorecardReader reader, ValueTexts texts) {
        setId("scorecard-drilldown");
        String name = kpi.metric().map(metric -> getTranslation(metric.labelKey())).orElse(kpi.kpi().metricId());
        setHeaderTitle(name + " · " + texts.period(report.kind(), report.start()));
        List<MetricRecord> records = reader.records(kpi.kpi().metricId(), report.department(), report.kind(), report.start(),
                LIMIT);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (records.isEmpty()) {
            list.add(new Paragraph(getTranslation("scorecard.records.none")));
        }
        for (MetricRecord record : records) {
            HorizontalLayout line = new HorizontalLayout();
            if (record.route().isEmpty()) {
                line.add(new Span(record.label()));
            } else {
                Anchor link = new Anchor(record.route(), record.label());
                link.getElement().setAttribute("router-link", true);
                link.getElement().addEventListener("click", click -> close());
                line.add(link);
            }
            if (!record.detail().isEmpty()) {
                line.add(new Span(record.detail()));
            }
            list.add(line);
        }
        if (records.size() == LIMIT) {
            list.add(new Paragraph(getTranslation("scorecard.records.first", LIMIT)));
        }
        add(list);
        Button close = new Button(getTranslation("scorecard.close"), click -> close());
        close.setId("scorecard-drilldown-close");
        getFooter().add(close);
        setWidth("36rem");
    }
}
