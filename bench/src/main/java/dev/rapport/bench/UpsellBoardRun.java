package dev.rapport.bench;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;

import com.vaadin.flow.component.UI;
import dev.rapport.plugin.upsell.db.tables.records.UpsOpportunityRecord;
import dev.rapport.plugin.upsell.opportunity.BoardColumn;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.Stage;
import dev.rapport.plugin.upsell.ui.board.BoardView;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.UserInfo;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * The kanban board's first screen with {@code opportunities} open opportunities in the pipeline the board shows
 * first (the standard pipeline), spread over its stages: what the board view builds on the server when it opens,
 * i.e. {@link BoardView} made in a UI without a browser (pipelines, column queries, totals in the reporting currency,
 * the cards' customer names, every component); and its column queries alone ({@link OpportunityQueries#board}),
 * alternating call by call with the same queries by raw JDBC. The opportunities are inserted once, in batches through
 * the plugin's jOOQ classes, and kept for later runs.
 */
final class UpsellBoardRun {

    private static final int CARDS_PER_COLUMN = 50;
    private static final int INSERT_BATCH = 1000;
    private static final String RAW_TOTALS = "select stage_id, count(*), sum(amount_rep), sum(amount_rep * probability)"
            + " / 100, count(case when amount_rep is null then 1 end) from ups_opportunity where pipeline_id = ?"
            + " and status = 'OPEN' group by stage_id";
    private static final String RAW_CARDS = "select * from ups_opportunity where pipeline_id = ? and status = 'OPEN'"
            + " and stage_id = ? order by expected_close, id limit " + CARDS_PER_COLUMN;

    private final BenchPlatform platform;
    private final DataSource dataSource;
    private final SampleData sample;
    private final int opportunities;
    private final int calls;

    /** {@code sample}: the customers the opportunities are spread over. */
    UpsellBoardRun(BenchPlatform platform, DataSource dataSource, SampleData sample, int opportunities, int calls) {
        this.platform = platform;
        this.dataSource = dataSource;
        this.sample = sample;
        this.opportunities = opportunities;
        this.calls = calls;
    }

    List<LatencyResult> measure(PrintStream out) throws Exception {
        PluginContext context = platform.pluginService(UpsellPlatformBench.PLUGIN, PluginContext.class);
        PipelineService pipelines = platform.pluginService(UpsellPlatformBench.PLUGIN, PipelineService.class);
        OpportunityService service = platform.pluginService(UpsellPlatformBench.PLUGIN, OpportunityService.class);
        OpportunityQueries queries = platform.pluginService(UpsellPlatformBench.PLUGIN, OpportunityQueries.class);
        Pipeline shown = pipelines.all().getFirst();
        int added = fill(context, shown);
        out.printf("  board: pipeline '%s' with %d stages, %s open opportunities (%s added now)%n", shown.name(),
                shown.stages().size(), Format.count(opportunities), Format.count(added));
        // A UI without a browser, as the view has when it opens; held here since Vaadin keeps it weakly.
        UI ui = new UI();
        UI.setCurrent(ui);
        try {
            Operation view = new Operation("Board: first screen built (BoardView)", new LatencyResult.Target(300,
                    Double.NaN), i -> {
                        new BoardView(context, pipelines, service, queries);
                        return null;
                    }, i -> rawBoard(shown));
            Operation columns = new Operation("Board: column queries and totals only",
                    LatencyResult.Target.NONE, i -> cardIds(queries.board(shown.id(), CARDS_PER_COLUMN)),
                    i -> rawBoard(shown));
            return new LatencyRunner(Math.max(3, calls / 5), calls).measureAll(List.of(view, columns), result -> out.printf(
                    "  %-48s service p50 %6.1f ms p95 %6.1f ms p99 %6.1f ms | raw JDBC p50 %6.1f ms p95 %6.1f ms%s%n",
                    result.operation(), result.service().p50(), result.service().p95(), result.service().p99(),
                    result.raw().p50(), result.raw().p95(), Double.isNaN(result.target().maxP95Millis()) ? ""
                            : " | target p95 ≤ 300 ms: " + (result.meetsTarget() ? "met" : "NOT met")));
        } finally {
            UI.setCurrent(null);
            Reference.reachabilityFence(ui);
        }
    }

    /** Tops the pipeline's open opportunities up to the size asked for; returns how many were added. */
    private int fill(PluginContext context, Pipeline pipeline) {
        int open = context.dsl().fetchCount(UPS_OPPORTUNITY, UPS_OPPORTUNITY.PIPELINE_ID.eq(pipeline.id())
                .and(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.OPEN.name())));
        int missing = Math.max(0, opportunities - open);
        List<Long> owners = context.staff().activeUsers().stream().map(UserInfo::id).toList();
        SplittableRandom random = new SplittableRandom(17);
        Instant now = context.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String currency = context.money().reportingCurrency();
        for (int done = 0; done < missing; done += INSERT_BATCH) {
            List<UpsOpportunityRecord> batch = new ArrayList<>(INSERT_BATCH);
            for (int i = done; i < Math.min(missing, done + INSERT_BATCH); i++) {
                Stage stage = pipeline.stages().get(random.nextInt(pipeline.stages().size()));
                BigDecimal amount = BigDecimal.valueOf(500 + random.nextInt(50_000));
                UpsOpportunityRecord record = new UpsOpportunityRecord();
                record.setPipelineId(pipeline.id());
                record.setStageId(stage.id());
                record.setCustomerId(sample.customer(random.nextInt(sample.customerIds().size())));
                record.setTitle("Bench opportunity " + (open + i + 1));
                record.setAmount(amount);
                record.setCurrency(currency);
                record.setAmountRep(amount);
                record.setProbability(stage.probability());
                record.setExpectedClose(today.plusDays(random.nextInt(180)));
                record.setOwnerId(owners.get(random.nextInt(owners.size())));
                record.setStatus(OpportunityStatus.OPEN.name());
                record.setOrigin(Origin.MANUAL.name());
                record.setCreatedAt(now);
                record.setUpdatedAt(now);
                record.setVersion(0);
                batch.add(record);
            }
            context.dsl().batchInsert(batch).execute();
        }
        return missing;
    }

    private static List<List<Long>> cardIds(List<BoardColumn> board) {
        return board.stream().map(column -> column.cards().stream().map(Opportunity::id).toList()).toList();
    }

    /** The board's queries by hand: the totals of every stage in one grouped read, then each stage's first cards. */
    private List<List<Long>> rawBoard(Pipeline pipeline) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement totals = connection.prepareStatement(RAW_TOTALS)) {
                RawJdbc.bind(totals, pipeline.id());
                try (ResultSet rows = totals.executeQuery()) {
                    while (rows.next()) {
                        rows.getBigDecimal(3);
                    }
                }
            }
            List<List<Long>> columns = new ArrayList<>();
            try (PreparedStatement cards = connection.prepareStatement(RAW_CARDS)) {
                for (Stage stage : pipeline.stages()) {
                    RawJdbc.bind(cards, pipeline.id(), stage.id());
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rows = cards.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong("id"));
                        }
                    }
                    columns.add(ids);
                }
            }
            return columns;
        }
    }
}
