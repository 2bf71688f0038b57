package dev.rapport.platform.plugin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Calls several plugins' contributions to one screen side by side, each on a virtual thread of its own, and waits
 * for all of them together at most a budget: a slow plugin costs the screen the budget, never more, and a failing
 * one costs it nothing but its part. Failures are counted on the Plugins page.
 */
final class BudgetedCalls implements AutoCloseable {

    /** One plugin's part of a screen. */
    record Call<T>(String pluginId, String what, Callable<T> work) {
    }

    /** What came back in time: the answers by call, and the plugins whose part is missing (slow or failed). */
    record Gathered<T>(List<Answer<T>> answers, List<MissingContribution> missing) {
    }

    /** An answer and the plugin it came from. */
    record Answer<T>(String pluginId, T value) {
    }

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final PluginHealth health;
    private final Duration budget;

    BudgetedCalls(PluginHealth health, Duration budget) {
        this.health = health;
        this.budget = budget;
    }

    <T> Gathered<T> call(List<Call<T>> calls) {
        if (calls.isEmpty()) {
            return new Gathered<>(List.of(), List.of());
        }
        List<Future<T>> futures;
        try {
            futures = executor.invokeAll(calls.stream().map(Call::work).toList(), budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Gathered<>(List.of(), calls.stream().map(call -> new MissingContribution(call.pluginId(), true)).toList());
        }
        List<Answer<T>> answers = new ArrayList<>();
        List<MissingContribution> missing = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Call<T> call = calls.get(i);
            try {
                answers.add(new Answer<>(call.pluginId(), futures.get(i).get()));
            } catch (CancellationException e) {
                health.failed(call.pluginId(), call.what(), new IllegalStateException(
                        "No answer within " + budget.toMillis() + " ms; left out"));
                missing.add(new MissingContribution(call.pluginId(), true));
            } catch (ExecutionException e) {
                health.failed(call.pluginId(), call.what(), e.getCause());
                missing.add(new MissingContribution(call.pluginId(), false));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                missing.add(new MissingContribution(call.pluginId(), true));
            }
        }
        return new Gathered<>(answers, missing);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
