/**
 * One speaker: type badge, claim counts by kind, loaded verbs used of them and the sources that
 * relayed them; expanding lists their claims, each a button that scrolls the page to it.
 */
import { useState } from 'preact/hooks';
import { claimLabel, kindLabel, plural, speakerName, typeLabel } from '../format';
import { useT } from '../i18n';
import type { SpeakerSummary } from '../summary';

export interface SpeakerCardProps {
  speaker: SpeakerSummary;
  onJump: (claimId: number) => void;
}

const KINDS = ['direct', 'indirect', 'mixed'] as const;

/** A collapsible speaker entry. */
export function SpeakerCard({ speaker, onJump }: SpeakerCardProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const listId = `claims-${speaker.id}`;
  const name = speakerName(t, speaker.name);
  return (
    <li class="speaker" data-speaker={speaker.id}>
      <button
        type="button"
        class="speaker-head"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span class="speaker-name">{name}</span>
        <span class={`badge type-${speaker.type}`}>{typeLabel(t, speaker.type)}</span>
        <span class="speaker-count">{plural(t, 'countClaims', speaker.claims.length)}</span>
      </button>
      <p class="kinds">
        {KINDS.filter((kind) => speaker.kinds[kind] > 0)
          .map((kind) => `${kindLabel(t, kind)} ${speaker.kinds[kind]}`)
          .join(' · ')}
      </p>
      {speaker.loadedVerbs.length > 0 && (
        <p class="loaded">
          {t('loadedVerbs')}:{' '}
          {speaker.loadedVerbs.map((verb) => (
            <mark key={verb.lemma} class="loaded-verb">
              {t('verbCount', verb.text, verb.count)}
            </mark>
          ))}
        </p>
      )}
      {speaker.relays.length > 0 && <p class="via">{t('via', speaker.relays.join(', '))}</p>}
      <ol id={listId} class="claims" hidden={!open} aria-label={t('claimsBy', name)}>
        {speaker.claims.map((claim) => (
          <li key={claim.id}>
            <button
              type="button"
              class={`claim kind-${claim.kind}`}
              onClick={() => onJump(claim.id)}
              title={t('jumpToClaim')}
            >
              <span class="claim-text">{claim.snippet}</span>
              <span class="claim-meta">
                {[
                  kindLabel(t, claim.kind),
                  claimLabel(t, claim.claim),
                  claim.cue,
                  claim.via ? t('via', claim.via) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {claim.hedged && ` · ${t('hedged')}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </li>
  );
}
