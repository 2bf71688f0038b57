package dev.rapport.plugin.acquisition.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void scalesBarsToTheLargestValueAndEscapesText() {
        String svg = BarChart.svg("Funnel <test>", List.of(new BarChart.Bar("Targets & more", 200, "200"),
                new BarChart.Bar("Leads", 50, "50"), new BarChart.Bar("None", 0, "0")));

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Funnel &lt;test&gt;</title>")
                .contains("Targets &amp; more");
        assertThat(svg).contains("class=\"bar\" x=\"170\" y=\"5\" width=\"310.0\"")
                .contains("class=\"bar\" x=\"170\" y=\"35\" width=\"77.5\"")
                .contains("class=\"bar\" x=\"170\" y=\"65\" width=\"0.0\"");
    }

    @Test
    void drawsEmptyBarsWhenEverythingIsZero() {
        assertThat(BarChart.svg("Empty", List.of(new BarChart.Bar("A", 0, "0")))).contains("width=\"0.0\"");
    }
}
