package dev.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the numbers were measured on: processor, memory, JDK, operating system, and how busy it was. */
record Machine(String processor, int cores, long memoryMegabytes, String jdk, String operatingSystem) {

    static Machine current() {
        return new Machine(
                procLine(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                procLine(Path.of("/proc/meminfo"), "MemTotal")
                        .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).orElse(0L),
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return String.format(java.util.Locale.ROOT, "%.2f", java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static Optional<String> procLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(line -> line.startsWith(key)).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
