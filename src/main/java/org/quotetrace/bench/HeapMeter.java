package org.quotetrace.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak heap in use: the heap is fullest just before a collection, so it sums the heap pools'
 * usage before each collection, as the garbage collector reports it, and keeps the largest.
 */
final class HeapMeter implements NotificationListener, AutoCloseable {
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peak = new AtomicLong();

  HeapMeter() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(this, null, null);
      }
    }
  }

  /** Collects garbage (a few times, so that finalisable objects go too) and returns the heap in use. */
  static long settledUsed() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return used();
  }

  /** The heap in use now, in bytes. */
  static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Starts a new measurement from the heap in use now. */
  void reset() {
    peak.set(used());
  }

  /** The largest heap in use since {@link #reset}, in bytes. */
  long peak() {
    return Math.max(peak.get(), used());
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long before = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        before += e.getValue().getUsed();
      }
    }
    peak.accumulateAndGet(before, Math::max);
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        try {
          e.removeNotificationListener(this);
        } catch (ListenerNotFoundException ignored) {
          // Not registered with this collector: nothing to remove.
        }
      }
    }
  }
}
