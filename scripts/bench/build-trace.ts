// The steps of the last `next build`, read from Next's own trace.
import {readFileSync} from 'node:fs';
import path from 'node:path';

interface Span {
  name: string;
  id: number;
  parentId?: number;
  /** Start, in microseconds. */
  timestamp: number;
  /** In microseconds. */
  duration: number;
}

export interface BuildTrace {
  /** `next build` from start to end, in ms. */
  totalMs: number;
  /** Steps none of which contains another, longest first, in ms. */
  steps: Array<[string, number]>;
}

const inside = (inner: Span, outer: Span) =>
  inner !== outer && inner.timestamp >= outer.timestamp && inner.timestamp + inner.duration <= outer.timestamp + outer.duration;

/**
 * The direct children of `next-build` in `.next/trace`, leaving out a child
 * whose time lies within another's (Next records `next-export` beside the
 * `static-generation` that contains it), so no time is counted twice but
 * for a few milliseconds where Turbopack's cache write runs beside the type
 * check. Steps run more than once are summed.
 */
export function readBuildTrace(): BuildTrace {
  const spans = readFileSync(path.join('.next', 'trace'), 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => JSON.parse(line) as Span[]);
  const root = spans.filter((span) => span.name === 'next-build').at(-1);
  if (!root) throw new Error('.next/trace has no next-build span');
  const children = spans.filter((span) => span.parentId === root.id);
  // Of two spans with the same time range, the first recorded is kept.
  const outermost = children.filter((child, index) =>
    children.every(
      (other, otherIndex) => !inside(child, other) || (other.duration === child.duration && other.timestamp === child.timestamp && otherIndex > index),
    ),
  );
  const totals = new Map<string, number>();
  for (const span of outermost) totals.set(span.name, (totals.get(span.name) ?? 0) + span.duration / 1000);
  return {totalMs: root.duration / 1000, steps: [...totals].sort((a, b) => b[1] - a[1])};
}
