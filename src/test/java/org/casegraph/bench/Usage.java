package org.casegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a process has used: CPU time, resident memory, and its heap where it can tell. */
final class Usage {

  private static final double TICKS_PER_SECOND = 100;

  private Usage() {}

  /** User and system CPU seconds the process has used so far. */
  static double cpuSeconds(long pid) {
    try {
      var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    } catch (IOException e) {
      return Double.NaN;
    }
  }

  /** Resident memory now and at its peak, in MB. */
  static double[] residentMegabytes(long pid) {
    try {
      var status = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"));
      return new double[] {kilobytes(status, "VmRSS:") / 1024, kilobytes(status, "VmHWM:") / 1024};
    } catch (IOException e) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  /** The heap in use, in MB: from {@code jcmd GC.heap_info} for a JVM, or the peer's own report. */
  static double heapMegabytes(Target target, Path peerMemory) {
    try {
      if (target.kind() == Target.Kind.PEER) {
        var used = Json.at(Json.parse(Files.readString(peerMemory)), "heapUsed");
        return ((Number) used).doubleValue() / 1024 / 1024;
      }
      var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
      var process = new ProcessBuilder(jcmd, Long.toString(target.pid()), "GC.heap_info").redirectErrorStream(true).start();
      var output = new String(process.getInputStream().readAllBytes());
      var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(output);
      return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double kilobytes(java.util.List<String> status, String key) {
    return status.stream().filter(l -> l.startsWith(key)).findFirst()
        .map(l -> Double.parseDouble(l.replaceAll("[^0-9]", ""))).orElse(Double.NaN);
  }
}
