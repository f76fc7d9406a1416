package org.opensms.sms.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time (user + system) of the product's processes (Payara, the broker, the CAS emulator, and PostgreSQL's server
 * processes when they run on this machine), of this bench and of the whole machine, read from /proc; the product's
 * processes are found by the pid files {@code ./sms} writes under {@code .work/}. Take one before and one after a phase.
 */
record ProductCpu(Map<String, Long> ticks, long totalTicks, long idleTicks, long benchNanos) {

    static ProductCpu take(Path root) {
        Map<String, Long> t = new LinkedHashMap<>();
        pid(root.resolve(".work/payara6/glassfish/domains/sms/config/pid")).ifPresent(p -> t.put("Payara (sms)", ticks(p)));
        brokerPid(root).ifPresent(p -> t.put("broker", ticks(p)));
        pid(root.resolve(".work/cas-emulator/emulator.pid")).ifPresent(p -> t.put("CAS emulator", ticks(p)));
        long pg = postgresTicks();
        if (pg > 0) {
            t.put("PostgreSQL", pg);
        }
        long total = 0;
        long idle = 0;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        long bench = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new ProductCpu(t, total, idle, bench);
    }

    /** "CPU seconds in 12.3 s: Payara (sms) 10.1, broker 2.0, ...; machine busy 97%". */
    String since(ProductCpu before, double seconds) {
        StringBuilder sb = new StringBuilder().append(String.format(Locale.ROOT, "  CPU seconds in %.1f s:", seconds));
        ticks.forEach((name, t) -> {
            Long b = before.ticks.get(name);
            if (b != null && t >= 0 && b >= 0) {
                sb.append(String.format(Locale.ROOT, " %s %.1f,", name, (t - b) / 100.0));
            }
        });
        sb.append(String.format(Locale.ROOT, " this bench %.1f;", (benchNanos - before.benchNanos) / 1e9));
        long total = totalTicks - before.totalTicks;
        if (total > 0) {
            sb.append(String.format(Locale.ROOT, " machine busy %.0f%%", 100.0 * (total - (idleTicks - before.idleTicks))
                    / total));
        }
        return sb.toString();
    }

    void printSince(ProductCpu before, double seconds) {
        System.out.println(since(before, seconds));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The checkout holding the {@code sms} script, from the working directory up. */
    static Path findRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("sms")) && Files.isDirectory(p.resolve("sms-bench"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    private static Optional<Long> pid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The broker's java process: a child of the pid the sms script recorded, or that pid itself. */
    private static Optional<Long> brokerPid(Path root) {
        return pid(root.resolve(".work/broker/broker.pid")).map(p -> ProcessHandle.of(p)
                .flatMap(h -> h.descendants().filter(d -> d.info().command().orElse("").endsWith("java")).findFirst())
                .map(ProcessHandle::pid).orElse(p));
    }

    /** Every process named postgres (the server and its backends, whoever's connections they serve). */
    private static long postgresTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    return stat.contains("(postgres)") ? ticks(stat) : 0;
                } catch (IOException | RuntimeException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long ticks(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }
}
