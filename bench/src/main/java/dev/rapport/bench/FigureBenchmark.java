package dev.rapport.bench;

import java.util.List;

/**
 * A measurement whose result is not a call latency (a rate, a lag), run against the platform on the generated
 * database. Each is one class; {@link BenchCommand} runs them in turn after the latency measurements.
 */
interface FigureBenchmark {

    List<Figure> measure(BenchPlatform platform, SampleData sample) throws Exception;
}
