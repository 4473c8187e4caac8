/**
 * The speakers section, most claims first: the popup's main answer to "who claims what".
 */
import { useT } from '../i18n';
import type { SpeakerSummary } from '../summary';
import { SpeakerCard } from './SpeakerCard';

/** The list of speakers, or nothing when there are none (the App shows that state). */
export function SpeakerList({
  speakers,
  onJump,
}: {
  speakers: SpeakerSummary[];
  onJump: (claimId: number) => void;
}) {
  const t = useT();
  return (
    <section class="speakers" aria-labelledby="speakers-title">
      <h2 id="speakers-title">{t('speakers')}</h2>
      <ul class="speaker-list">
        {speakers.map((speaker) => (
          <SpeakerCard key={speaker.id} speaker={speaker} onJump={onJump} />
        ))}
      </ul>
    </section>
  );
}
