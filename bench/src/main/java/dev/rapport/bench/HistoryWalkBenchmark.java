package dev.rapport.bench;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.SdkCustomerHistory;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.history.CustomerHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A plugin that arrives late reads the whole purchase history through the SDK's {@link CustomerHistory}
 * (what retention scoring and up-sell mining do first), against the same walk in raw JDBC: pages of
 * {@link CustomerHistory#MAX_PAGE} by primary key, each row made into a {@link TransactionInfo}. The two walks
 * alternate twice, after one unmeasured walk that warms the code and the buffer pool; the faster of each is kept.
 */
final class HistoryWalkBenchmark implements FigureBenchmark {

    private static final String RAW_PAGE = "select id, customer_id, kind, amount, currency, product_id, occurred_at,"
            + " source_system, external_ref from customer_transaction where id > ? order by id limit ?";

    @Override
    public List<Figure> measure(BenchPlatform platform, SampleData sample) throws SQLException {
        CustomerHistory history = new SdkCustomerHistory(platform.service(CustomerService.class),
                platform.service(TransactionService.class), platform.service(InteractionService.class));
        DataSource dataSource = platform.service(Database.class).dataSource();
        Checksum warmUp = new Checksum();
        history.forEachTransaction(0, warmUp);
        double sdkSeconds = Double.MAX_VALUE;
        double rawSeconds = Double.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            Checksum sdk = new Checksum();
            long started = System.nanoTime();
            history.forEachTransaction(0, sdk);
            sdkSeconds = Math.min(sdkSeconds, (System.nanoTime() - started) / 1e9);
            Checksum raw = new Checksum();
            started = System.nanoTime();
            rawWalk(dataSource, raw);
            rawSeconds = Math.min(rawSeconds, (System.nanoTime() - started) / 1e9);
            if (sdk.count != raw.count || sdk.sum != raw.sum) {
                throw new IllegalStateException("The SDK walk read " + sdk.count + " transactions, raw JDBC " + raw.count);
            }
        }
        long transactions = warmUp.count;
        String note = Format.count(transactions) + " transactions in pages of " + Format.count(CustomerHistory.MAX_PAGE);
        return List.of(
                Figure.atMost("History walk: every transaction (SDK)", sdkSeconds, "s", 30, note),
                Figure.informative("History walk: every transaction (raw JDBC)", rawSeconds, "s", note),
                Figure.informative("History walk: SDK rate", transactions / sdkSeconds, "transactions/s", note));
    }

    private static void rawWalk(DataSource dataSource, Consumer<TransactionInfo> action) throws SQLException {
        long after = 0;
        int read;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(RAW_PAGE)) {
            do {
                statement.setLong(1, after);
                statement.setInt(2, CustomerHistory.MAX_PAGE);
                read = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long productId = rows.getLong(6);
                        TransactionInfo transaction = new TransactionInfo(rows.getLong(1), rows.getLong(2),
                                TransactionKind.valueOf(rows.getString(3)), rows.getBigDecimal(4), rows.getString(5),
                                rows.wasNull() ? null : productId, rows.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC), rows.getString(8),
                                rows.getString(9));
                        action.accept(transaction);
                        after = transaction.id();
                        read++;
                    }
                }
            } while (read == CustomerHistory.MAX_PAGE);
        }
    }

    /** Counts what a walk saw and sums its ids, so both walks are checked to read the same rows. */
    private static final class Checksum implements Consumer<TransactionInfo> {
        long count;
        long sum;

        @Override
        public void accept(TransactionInfo transaction) {
            count++;
            sum += transaction.id();
        }
    }
}
