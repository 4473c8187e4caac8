/**
 * The engine's output contract, checked mechanically: every span lies inside its block and every
 * record's text equals the slice it points to, ids are consistent, and the result survives a JSON
 * round trip (it crosses the message protocol). Returns the list of violations so a failing fuzz
 * case prints what broke, not just "false".
 */
import type { ExtractionResult, Span, TextBlock, TextSpan } from '../../../src/engine/types';

function checkSpan(blocks: readonly TextBlock[], span: Span, where: string, out: string[]): void {
  const block = blocks[span.block];
  if (!Number.isInteger(span.block) || block === undefined) {
    out.push(`${where}: block ${span.block} does not exist`);
    return;
  }
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    out.push(`${where}: non-integer offsets ${start}..${end}`);
  } else if (start < 0 || end > block.text.length || start > end) {
    out.push(
      `${where}: ${start}..${end} outside block ${span.block} (length ${block.text.length})`,
    );
  }
}

function checkText(
  blocks: readonly TextBlock[],
  span: TextSpan,
  where: string,
  out: string[],
): void {
  const before = out.length;
  checkSpan(blocks, span, where, out);
  if (out.length > before) return;
  const slice = blocks[span.block]?.text.slice(span.start, span.end);
  if (slice !== span.text) out.push(`${where}: text ${JSON.stringify(span.text)} ≠ slice`);
}

/** Every way `result` breaks the contract for `blocks` (empty when it holds). */
export function contractViolations(
  blocks: readonly TextBlock[],
  result: ExtractionResult,
): string[] {
  const out: string[] = [];
  const entityIds = new Set(result.entities.map((e) => e.id));
  if (entityIds.size !== result.entities.length) out.push('duplicate entity ids');
  const attributionIds = new Set(result.attributions.map((a) => a.id));
  if (attributionIds.size !== result.attributions.length) out.push('duplicate attribution ids');
  for (const a of result.attributions) {
    const at = `attribution ${a.id}`;
    checkText(blocks, a.content, `${at} content`, out);
    a.quotes.forEach((q, i) => {
      checkSpan(blocks, q, `${at} quote ${i}`, out);
      const inside =
        q.block === a.content.block && q.start >= a.content.start && q.end <= a.content.end;
      if (!inside) out.push(`${at} quote ${i} outside its content`);
    });
    if (a.cue !== null) checkText(blocks, a.cue, `${at} cue`, out);
    if (a.speakerMention !== null) checkText(blocks, a.speakerMention, `${at} mention`, out);
    if (!entityIds.has(a.speaker)) out.push(`${at}: speaker ${a.speaker} is not an entity`);
    if (a.via !== null && !entityIds.has(a.via)) out.push(`${at}: via ${a.via} is not an entity`);
    if (!(a.confidence >= 0 && a.confidence <= 1)) out.push(`${at}: confidence ${a.confidence}`);
  }
  for (const e of result.entities) {
    e.mentions.forEach((m, i) => checkText(blocks, m, `entity ${e.id} mention ${i}`, out));
  }
  result.hedges.forEach((h, i) => checkText(blocks, h, `hedge ${i}`, out));
  if (JSON.stringify(JSON.parse(JSON.stringify(result))) !== JSON.stringify(result)) {
    out.push('result does not survive a JSON round trip');
  }
  return out;
}
