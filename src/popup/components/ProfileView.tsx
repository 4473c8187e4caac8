/**
 * The sourcing profile as compact bars on one 0–100% scale (source types, anonymous share, quoted
 * vs paraphrased) plus the article's loaded verbs and hedges, so it reads at a glance.
 */
import { kindLabel, percent, typeLabel } from '../format';
import { useT } from '../i18n';
import type { Share, SourcingProfile } from '../profile';
import type { VerbCount } from '../summary';

/** One labelled bar; the bar itself is decorative, the figures are text. */
function Bar({ label, value, tone }: { label: string; value: Share; tone: string }) {
  return (
    <li class="bar-row">
      <span class="bar-label">{label}</span>
      <span class="bar-track" aria-hidden="true">
        <span class={`bar-fill tone-${tone}`} style={{ width: percent(value.share) }} />
      </span>
      <span class="bar-value">
        {percent(value.share)} ({value.count})
      </span>
    </li>
  );
}

function Words({ title, words, kind }: { title: string; words: VerbCount[]; kind: string }) {
  const t = useT();
  return (
    <p class={`words words-${kind}`}>
      <span class="words-title">{title}:</span>{' '}
      {words.length === 0
        ? t('none')
        : words.map((word) => (
            <mark key={word.lemma} class={kind}>
              {t('verbCount', word.text, word.count)}
            </mark>
          ))}
    </p>
  );
}

/** The profile section. */
export function ProfileView({ profile }: { profile: SourcingProfile }) {
  const t = useT();
  return (
    <section class="profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile')}</h2>
      <h3>{t('sourceTypes')}</h3>
      <ul class="bars">
        {profile.bySourceType.map((entry) => (
          <Bar key={entry.type} label={typeLabel(t, entry.type)} value={entry} tone={entry.type} />
        ))}
        <Bar label={t('anonymousSources')} value={profile.anonymous} tone="anonymous" />
      </ul>
      <h3>{t('quotedVsParaphrased')}</h3>
      <ul class="bars">
        {(['direct', 'indirect', 'mixed'] as const).map((kind) => (
          <Bar key={kind} label={kindLabel(t, kind)} value={profile.byKind[kind]} tone={kind} />
        ))}
      </ul>
      <Words title={t('loadedVerbs')} words={profile.loadedVerbs} kind="loaded" />
      <Words title={t('hedges')} words={profile.hedges} kind="hedge" />
    </section>
  );
}
