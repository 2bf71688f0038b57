package dev.rapport.bench;

import dev.rapport.plugin.service.sla.BusinessCalendar;
import dev.rapport.plugin.service.sla.WorkingWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The customer service plugin's SLA due-time computation, per second, through its own {@link BusinessCalendar}
 * (Berlin, weekdays 09:00-12:30 and 13:30-17:00, twelve holidays a year, across the DST switches) against, in the
 * same run and alternating batch by batch, the baseline a naive helpdesk uses: the target added to the wall clock.
 * Starts and targets are drawn once (seeded) over two years and 15 minutes to 40 business hours.
 * <p>{@code java -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.ServiceSlaBench
 * [computations, default 1000000]}
 */
public final class ServiceSlaBench {

    private static final int BATCH = 10_000;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ServiceSlaBench() {
    }

    public static void main(String[] args) {
        int computations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BusinessCalendar calendar = calendar();
        Random random = new Random(42);
        Instant from = LocalDate.of(2026, 1, 1).atStartOfDay(BERLIN).toInstant();
        Instant[] starts = new Instant[BATCH];
        Duration[] targets = new Duration[BATCH];
        for (int i = 0; i < BATCH; i++) {
            starts[i] = from.plusSeconds(random.nextLong(2L * 365 * 86_400));
            targets[i] = Duration.ofMinutes(15 + random.nextInt(40 * 60 - 15));
        }
        // Warm-up: a fifth of the measured work, both kinds, unmeasured.
        run(calendar, starts, targets, computations / 5, true);
        run(calendar, starts, targets, computations / 5, false);
        long businessNanos = 0;
        long wallNanos = 0;
        long checksum = 0;
        for (int done = 0; done < computations; done += BATCH) {
            long t0 = System.nanoTime();
            checksum += run(calendar, starts, targets, BATCH, true);
            long t1 = System.nanoTime();
            checksum += run(calendar, starts, targets, BATCH, false);
            wallNanos += System.nanoTime() - t1;
            businessNanos += t1 - t0;
        }
        Machine machine = Machine.current();
        System.out.printf("Service SLA bench on %d cores, %s; %s computations of each kind (checksum %d)%n",
                machine.cores(), machine.jdk(), Format.count(computations), checksum % 1000);
        System.out.printf("  due time in business hours (BusinessCalendar.plus)  %s per second (target ≥ 100,000)%n",
                Format.count(Math.round(computations / (businessNanos / 1e9))));
        System.out.printf("  baseline: wall-clock Instant.plus                   %s per second%n",
                Format.count(Math.round(computations / (wallNanos / 1e9))));
    }

    private static long run(BusinessCalendar calendar, Instant[] starts, Duration[] targets, int count,
                            boolean business) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            int k = i % BATCH;
            Instant due = business ? calendar.plus(starts[k], targets[k]) : starts[k].plus(targets[k]);
            sum += due.getEpochSecond();
        }
        return sum;
    }

    private static BusinessCalendar calendar() {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            windows.put(day, List.of(WorkingWindow.of("09:00", "12:30"), WorkingWindow.of("13:30", "17:00")));
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int year = 2026; year <= 2028; year++) {
            for (int[] day : new int[][] {{1, 1}, {1, 6}, {4, 3}, {4, 6}, {5, 1}, {5, 14}, {5, 25}, {6, 4}, {10, 3},
                    {11, 1}, {12, 25}, {12, 26}}) {
                holidays.add(LocalDate.of(year, day[0], day[1]));
            }
        }
        return new BusinessCalendar(BERLIN, windows, holidays);
    }
}
