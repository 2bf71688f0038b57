package dev.rapport.bench;

import dev.rapport.platform.demo.DemoDataGenerator;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The generator's progress as a bar redrawn on one console line: share done, customers, rows per second
 * and the time still to go.
 */
final class ConsoleProgressBar implements DemoDataGenerator.Progress {

    private static final int WIDTH = 30;

    private final PrintStream console;
    private final long started = System.nanoTime();

    ConsoleProgressBar(PrintStream console) {
        this.console = console;
    }

    @Override
    public void written(int customersDone, int customersTotal, long rowsWritten) {
        double share = customersTotal == 0 ? 1 : (double) customersDone / customersTotal;
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        int filled = (int) Math.round(share * WIDTH);
        Duration remaining = Duration.ofSeconds(share == 0 ? 0 : Math.round(seconds / share - seconds));
        console.printf("\r  [%s%s] %3d%%  %s of %s customers  %s rows/s  %s left ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(share * 100), Format.count(customersDone),
                Format.count(customersTotal), Format.count(Math.round(rowsWritten / seconds)), clock(remaining));
        if (customersDone == customersTotal) {
            console.println();
        }
        console.flush();
    }

    private static String clock(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
