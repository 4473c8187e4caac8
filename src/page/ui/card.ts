/**
 * The hover card: who said it, how, through whom, and why the verb is flagged — drawn in a shadow
 * root (page CSS cannot reach it) on a host element attached only while the card is shown, outside
 * <body>, and removed afterwards. Page text is set with `textContent` only, never as HTML.
 */
import type { Attribution, ExtractionResult } from '../../engine/types';
import { ENTITY_TYPE_LABELS, KIND_LABELS, cueNote } from './explain';

/** Tag of our single host element (so observers and the DOM comparison can skip it). */
export const CARD_HOST_TAG = 'sourcelight-card';

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; padding: 10px 12px;
  border-radius: 8px; border: 1px solid #8a8a8a; background: #fdfdfd; color: #1b1b1b;
  font: 13px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
@media (prefers-color-scheme: dark) { .card { background: #1f1f1f; color: #f0f0f0; border-color: #666; } }
.who { font-weight: 600; } .type { opacity: .75; font-weight: 400; }
.row { margin-top: 4px; } .label { opacity: .7; margin-right: 4px; }
.note { margin-top: 6px; font-style: italic; }
`;

/** The lines a card shows for one claim. */
export interface CardContent {
  speaker: string;
  speakerType: string;
  rows: Array<{ label: string; value: string }>;
  note: string | null;
}

/** Describe a claim for the card (pure, tested). */
export function describeClaim(a: Attribution, result: ExtractionResult): CardContent {
  const entity = result.entities.find((e) => e.id === a.speaker);
  const via = a.via === null ? null : result.entities.find((e) => e.id === a.via);
  const rows = [{ label: 'Kind', value: KIND_LABELS[a.kind] }];
  if (a.cue) rows.push({ label: 'Cue', value: `"${a.cue.text}"` });
  if (via) rows.push({ label: 'Relayed via', value: via.name });
  if (a.hedged) rows.push({ label: 'Hedged', value: 'yes' });
  return {
    speaker: entity?.name ?? a.speakerMention?.text ?? 'Unknown source',
    speakerType: ENTITY_TYPE_LABELS[entity?.type ?? 'unknown'],
    rows,
    note: a.cue && a.cue.class !== 'neutral' ? cueNote(a.cue.lemma, a.cue.class) : null,
  };
}

function element(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const el = doc.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Shows one card at a time; the host exists only while a card is visible. */
export class HoverCard {
  private host: HTMLElement | null = null;
  private shown: number | null = null;

  constructor(private readonly doc: Document) {}

  /** The id of the claim shown, if any. */
  get current(): number | null {
    return this.shown;
  }

  /** True when `node` is part of our card (events from it are ours). */
  owns(node: EventTarget | null): boolean {
    return this.host !== null && node instanceof Node && this.host.contains(node);
  }

  show(id: number, content: CardContent, anchor: DOMRect): void {
    this.hide();
    const host = this.doc.createElement(CARD_HOST_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = element(this.doc, 'div', 'card');
    card.setAttribute('role', 'tooltip');
    const who = element(this.doc, 'div', 'who', content.speaker);
    who.append(' ', element(this.doc, 'span', 'type', `(${content.speakerType})`));
    card.append(who);
    for (const row of content.rows) {
      const line = element(this.doc, 'div', 'row');
      line.append(element(this.doc, 'span', 'label', `${row.label}:`), row.value);
      card.append(line);
    }
    if (content.note) card.append(element(this.doc, 'div', 'note', content.note));
    root.append(style, card);
    // Outside <body>: the article's DOM and body.innerHTML stay exactly as the page made them.
    this.doc.documentElement.append(host);
    this.place(card, anchor);
    this.host = host;
    this.shown = id;
  }

  hide(): void {
    this.host?.remove();
    this.host = null;
    this.shown = null;
  }

  private place(card: HTMLElement, anchor: DOMRect): void {
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(anchor.left, width - 356));
    const below = anchor.bottom + 8;
    const top = below + 120 > height ? Math.max(8, anchor.top - 128) : below;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }
}
