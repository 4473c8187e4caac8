/**
 * "Copy summary as Markdown": the popup's summary as a document a reader can paste into notes or a
 * message. Page text is escaped so a quote can never turn into a link, heading or HTML when pasted.
 */
import type { AnnotatedReport } from './report';
import type { Translate } from './i18n';
import { kindLabel, percent, plural, speakerName, typeLabel, verdictLabel } from './format';
import { sourcingProfile, type Share } from './profile';
import { summariseSpeakers, type SpeakerSummary, type VerbCount } from './summary';

const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>()#+\-!|~]/g;

/** Backslash-escapes every character Markdown (or HTML in Markdown) could interpret. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

function shareText(t: Translate, label: string, value: Share): string {
  return t('mdShare', label, percent(value.share), value.count);
}

function verbList(t: Translate, verbs: VerbCount[]): string {
  if (!verbs.length) return t('none');
  return verbs.map((verb) => t('verbCount', escapeMarkdown(verb.text), verb.count)).join(', ');
}

function speakerSection(t: Translate, speaker: SpeakerSummary): string[] {
  const lines = [
    `### ${escapeMarkdown(speakerName(t, speaker.name))} (${typeLabel(t, speaker.type)}): ${plural(t, 'countClaims', speaker.claims.length)}`,
    '',
    `- ${(['direct', 'indirect', 'mixed'] as const).map((kind) => `${kindLabel(t, kind)} ${speaker.kinds[kind]}`).join(' · ')}`,
  ];
  if (speaker.loadedVerbs.length)
    lines.push(`- ${t('loadedVerbs')}: ${verbList(t, speaker.loadedVerbs)}`);
  if (speaker.relays.length)
    lines.push(`- ${t('via', speaker.relays.map(escapeMarkdown).join(', '))}`);
  lines.push('');
  speaker.claims.forEach((claim, index) => {
    const how = [kindLabel(t, claim.kind), claim.cue ? escapeMarkdown(claim.cue) : null]
      .filter(Boolean)
      .join(', ');
    lines.push(`${index + 1}. (${how}) “${escapeMarkdown(claim.text)}”`);
  });
  lines.push('');
  return lines;
}

/** The whole summary of an annotated page as Markdown. */
export function summaryMarkdown(t: Translate, report: AnnotatedReport): string {
  const speakers = summariseSpeakers(report.result);
  const profile = sourcingProfile(report.result);
  const verdict = verdictLabel(t, report.detection.verdict);
  const lines = [
    `# ${t('mdTitle', escapeMarkdown(report.title || report.url))}`,
    '',
    `<${report.url.replace(/[<>\s]/g, encodeURIComponent)}>`,
    '',
    `**${t('verdict')}:** ${report.forced ? t('verdictForced', verdict) : verdict} · ${plural(t, 'countClaims', profile.total)} · ${plural(t, 'countSpeakers', speakers.length)}`,
    '',
    `## ${t('speakers')}`,
    '',
    ...(speakers.length
      ? speakers.flatMap((speaker) => speakerSection(t, speaker))
      : [t('none'), '']),
    `## ${t('profile')}`,
    '',
    `- ${t('sourceTypes')}: ${profile.bySourceType.map((entry) => shareText(t, typeLabel(t, entry.type), entry)).join(', ') || t('none')}`,
    `- ${shareText(t, t('anonymousSources'), profile.anonymous)}`,
    `- ${t('quotedVsParaphrased')}: ${(['direct', 'indirect', 'mixed'] as const).map((kind) => shareText(t, kindLabel(t, kind), profile.byKind[kind])).join(', ')}`,
    `- ${t('loadedVerbs')}: ${verbList(t, profile.loadedVerbs)}`,
    `- ${t('hedges')}: ${verbList(t, profile.hedges)}`,
    '',
  ];
  return lines.join('\n');
}
