package dev.rapport.plugin.scorecard;

import dev.rapport.plugin.scorecard.build.ScorecardAudit;
import dev.rapport.plugin.scorecard.build.ScorecardRepository;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.demo.ScorecardDemoData;
import dev.rapport.plugin.scorecard.export.ScorecardCsv;
import dev.rapport.plugin.scorecard.export.ScorecardPdf;
import dev.rapport.plugin.scorecard.mail.MonthlyReportMail;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.snapshot.SnapshotRepository;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The balanced scorecard plugin: each department's KPIs (from the metric catalogue of the kernel and every plugin)
 * under objectives in the four perspectives, with targets, lights, weights and scores, read from snapshots taken by
 * its job, with trends, a strategy map, drill-down, PDF/CSV export and the monthly PDF by mail. Wires its services and offers them to its
 * views and jobs.
 */
public final class ScorecardPlugin extends RapportPlugin {

    public ScorecardPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        ScorecardRepository scorecards = new ScorecardRepository(context.dsl());
        ScorecardAudit audit = new ScorecardAudit(context.dsl());
        SnapshotRepository snapshotRepository = new SnapshotRepository(context.dsl());
        SnapshotService snapshots = new SnapshotService(context, scorecards, snapshotRepository, audit);
        ScorecardReader reader = new ScorecardReader(context.metricCatalog(), snapshotRepository, snapshots);
        context.provide(ScorecardAudit.class, audit);
        context.provide(ScorecardService.class, new ScorecardService(context, scorecards, audit));
        context.provide(SnapshotService.class, snapshots);
        context.provide(ScorecardReader.class, reader);
        context.provide(ScorecardCsv.class, new ScorecardCsv());
        ScorecardPdf pdf = new ScorecardPdf();
        context.provide(ScorecardPdf.class, pdf);
        context.provide(MonthlyReportMail.class, new MonthlyReportMail(context, scorecards, reader, snapshots, pdf));
        if (context.demoData()) {
            new ScorecardDemoData(context, scorecards, snapshots).generateOnFirstStart();
        }
        context.logger().info("Balanced scorecard started");
    }

    @Override
    public void stop() {
        context().logger().info("Balanced scorecard stopped");
    }
}
