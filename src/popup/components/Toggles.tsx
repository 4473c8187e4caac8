/**
 * Highlight category switches and the per-site switch. Each is a labelled checkbox, so the whole
 * panel works from the keyboard and with screen readers without custom widgets.
 */
import { CATEGORIES, type Category, type CategoryToggles } from '../../page/types';
import { useT } from '../i18n';

const CATEGORY_KEYS: Record<Category, string> = {
  direct: 'categoryDirect',
  reported: 'categoryReported',
  cue: 'categoryCue',
  speaker: 'categorySpeaker',
  anonymous: 'categoryAnonymous',
  loaded: 'categoryLoaded',
  hedge: 'categoryHedge',
};

export interface TogglesProps {
  categories: CategoryToggles;
  onCategory: (category: Category, on: boolean) => void;
}

/** The seven category checkboxes. */
export function CategoryToggleList({ categories, onCategory }: TogglesProps) {
  const t = useT();
  return (
    <fieldset class="toggles">
      <legend>{t('highlights')}</legend>
      {CATEGORIES.map((category) => (
        <label key={category} class={`toggle swatch-${category}`}>
          <input
            type="checkbox"
            name={category}
            checked={categories[category]}
            onChange={(event) => onCategory(category, event.currentTarget.checked)}
          />
          <span>{t(CATEGORY_KEYS[category])}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** "Run on this site" for the page's host. */
export function SiteSwitch({
  site,
  enabled,
  onChange,
}: {
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}) {
  const t = useT();
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        name="site"
        checked={enabled}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{t('runOnSite', site)}</span>
    </label>
  );
}
