package org.vigil.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs one command line as {@link Main} does, watching the JVM's own heap, and prints on the last line of standard
 * error: {@code peak heap: USED MB used, LIVE MB after GC, RSS MB resident}. The heap is fullest just before a
 * collection, so USED is the most any collection found in use (or what is in use at the end, if more); LIVE is the
 * most left after one, what the run really held; RSS is the process's peak resident set (DuckDB's native memory
 * included), where Linux reports it.
 */
public final class HeapProbe {
    private static final long MB = 1024 * 1024;
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private HeapProbe() {
    }

    public static void main(String[] args) {
        AtomicLong used = new AtomicLong();
        AtomicLong live = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    // a concurrent cycle's pauses (G1's remark and cleanup, reported from Java 20) collect no garbage
                    if (info.getGcName().contains("Concurrent")) {
                        return;
                    }
                    var gcInfo = info.getGcInfo();
                    used.accumulateAndGet(heap(gcInfo.getMemoryUsageBeforeGc()), Math::max);
                    live.accumulateAndGet(heap(gcInfo.getMemoryUsageAfterGc()), Math::max);
                }
            }, null, null);
        }
        var cl = Main.commandLine();
        int status = cl.execute(args);
        cl.getOut().flush();
        used.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        cl.getErr().println("peak heap: " + used.get() / MB + " MB used, " + live.get() / MB + " MB after GC, "
                + peakResident() + " MB resident");
        cl.getErr().flush();
        System.exit(status);
    }

    /** The heap pools' total in a collection's before or after map (metaspace and code cache left out). */
    private static long heap(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> HEAP_POOLS.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** VmHWM from /proc/self/status in MB, or -1 where there is none. */
    private static long peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
