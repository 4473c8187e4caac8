/**
 * CPU time of one script in a CDP sampling profile: every sample whose stack runs through a
 * frame of that script counts (its own code and the DOM calls it makes). This is how the bench
 * measures the whole content-script cost — module evaluation included — on pages where the
 * content script's own report has nothing to time.
 */

/** The parts of a CDP `Profiler.Profile` this needs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Which samples run through our script: a predicate over sample node ids. */
function insideOf(profile: CpuProfile, ours: (url: string) => boolean): (id: number) => boolean {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const inside = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = !!node && (ours(node.callFrame.url) || (up !== undefined && inside(up)));
    memo.set(id, result);
    return result;
  };
  return inside;
}

/** Milliseconds of samples with a frame whose URL satisfies `ours` anywhere on the stack. */
export function inclusiveMs(profile: CpuProfile, ours: (url: string) => boolean): number {
  const inside = insideOf(profile, ours);
  let us = 0;
  profile.samples.forEach((id, i) => {
    // A sample's time is the gap to the next one.
    if (inside(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}
