// What a page's Total Blocking Time is made of. Lighthouse reports one
// number; under its simulated throttling that number comes from Lantern,
// which replays the load's main-thread tasks 4× slower (style and layout 2×)
// on a simulated network, and counts, of each task longer than 50 ms, the part
// beyond 50 ms that falls between first contentful paint and interactive. Its
// TBT is the mean of an optimistic and a pessimistic estimate. This runs the
// same computation on the run's own trace and names each counted task by what
// Chromium did in it, so that a run says whether its TBT is the page's script,
// its layout, or the browser committing the navigation.
import {LanternFirstContentfulPaint} from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';
import {LanternInteractive} from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import {LanternTotalBlockingTime} from 'lighthouse/core/computed/metrics/lantern-total-blocking-time.js';

/** One task Lighthouse counted in TBT. */
export interface BlockingTask {
  /** What Chromium did in it, in a few words. */
  task: string;
  /** Its length on this machine, unthrottled, in ms: wall time, which Lantern slows. */
  observedMs: number;
  /**
   * How much of that its thread ran on a CPU (the trace's thread time), in
   * ms: the rest it waited, for a core or for another thread.
   */
  cpuMs: number;
  /** What it adds to the reported TBT, in ms. */
  blockingMs: number;
}

type Computation = Parameters<typeof LanternTotalBlockingTime.request>;
type Estimate = Awaited<ReturnType<typeof LanternTotalBlockingTime.request>>['optimisticEstimate'];
interface TraceEvent {
  name: string;
  /** In µs; absent on instant events. */
  dur?: number;
}
interface CpuNode {
  type: 'cpu';
  id: string;
  event: {dur: number; tdur?: number};
  childEvents: TraceEvent[];
}

const BLOCKING_THRESHOLD_MS = 50;

// Kinds of work, by the trace events that do it.
const KINDS: Array<[string, string[]]> = [
  ['navigation commit', ['DocumentLoader::CommitNavigation']],
  ['script', ['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'TimerFire', 'v8.compile']],
  ['HTML parse', ['ParseHTML']],
  ['style and layout', ['Layout', 'UpdateLayoutTree', 'RecalculateStyles']],
  ['paint', ['Paint', 'PrePaint']],
];

/**
 * The kind of work a main-thread task did most: that of the longest event of
 * a known kind it holds (a task that runs a script and then paints is named
 * by whichever took longer).
 */
function taskKind(events: readonly TraceEvent[]): string {
  let kind = 'other';
  let longest = 0;
  for (const event of events) {
    const match = KINDS.find(([, names]) => names.includes(event.name));
    if (match && (event.dur ?? 0) > longest) [kind, longest] = [match[0], event.dur ?? 0];
  }
  return kind;
}

/**
 * The tasks counted in a run's TBT, largest first, each with its share of
 * the reported figure (the shares add up to it).
 *
 * @param artifacts The run's artifacts, as `lighthouse()` returns them.
 * @param settings The run's settings (`lhr.configSettings`).
 */
export async function blockingTasks(
  artifacts: {Trace: unknown; DevtoolsLog: unknown; URL: unknown; GatherContext: unknown; SourceMaps?: unknown},
  settings: unknown,
): Promise<BlockingTask[]> {
  const data = {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    URL: artifacts.URL,
    gatherContext: artifacts.GatherContext,
    SourceMaps: artifacts.SourceMaps ?? [],
    settings,
    simulator: null,
  } as unknown as Computation[0];
  const context = {computedCache: new Map(), settings} as unknown as Computation[1];
  const [tbt, fcp, interactive] = await Promise.all([
    LanternTotalBlockingTime.request(data, context),
    LanternFirstContentfulPaint.request(data, context),
    LanternInteractive.request(data, context),
  ]);
  // As Lantern does: the optimistic TBT takes the pessimistic FCP and the
  // optimistic interactive, and the reverse.
  const windows: Array<[Estimate, number, number]> = [
    [tbt.optimisticEstimate, fcp.pessimisticEstimate.timeInMs, interactive.optimisticEstimate.timeInMs],
    [tbt.pessimisticEstimate, fcp.optimisticEstimate.timeInMs, interactive.pessimisticEstimate.timeInMs],
  ];
  const counted = new Map<string, BlockingTask>();
  for (const [estimate, start, end] of windows) {
    if (end <= start) continue;
    for (const [node, timing] of estimate.nodeTimings as Map<{type: string}, {startTime: number; endTime: number}>) {
      if (node.type !== 'cpu') continue;
      const cpu = node as CpuNode;
      const clipped = Math.min(timing.endTime, end) - Math.max(timing.startTime, start);
      if (clipped <= BLOCKING_THRESHOLD_MS) continue;
      const entry = counted.get(cpu.id) ?? {
        task: taskKind(cpu.childEvents),
        observedMs: cpu.event.dur / 1000,
        cpuMs: (cpu.event.tdur ?? Number.NaN) / 1000,
        blockingMs: 0,
      };
      entry.blockingMs += (clipped - BLOCKING_THRESHOLD_MS) / windows.length;
      counted.set(cpu.id, entry);
    }
  }
  return [...counted.values()].sort((a, b) => b.blockingMs - a.blockingMs);
}

/** A run's blocking tasks in a few words: "navigation commit 85 (38 ms task, 10 on the CPU)". */
export function describeBlocking(tasks: readonly BlockingTask[]): string {
  if (tasks.length === 0) return '—';
  return tasks
    .map(({task, observedMs, cpuMs, blockingMs}) => {
      const cpu = Number.isNaN(cpuMs) ? '' : `, ${cpuMs.toFixed(0)} on the CPU`;
      return `${task} ${blockingMs.toFixed(0)}${Number.isNaN(observedMs) ? '' : ` (${observedMs.toFixed(0)} ms task${cpu})`}`;
    })
    .join(', ');
}
