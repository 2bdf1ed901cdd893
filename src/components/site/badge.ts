/**
 * The classes of a badge (see Badge.astro). Shared so that long lists (supplier
 * tables with hundreds of rows at scale) can write the badge's <span> inline:
 * an Astro component per row costs more build time than the row's own markup.
 */
export type BadgeTone = 'neutral' | 'brand' | 'reach' | 'warn';

const base =
  'inline-flex items-center rounded border px-1.5 py-0.5 text-xs leading-tight font-medium whitespace-nowrap';
const tones: Record<BadgeTone, string> = {
  neutral: 'border-slate-300 bg-slate-50 text-slate-700',
  brand: 'border-brand-100 bg-brand-50 text-brand-700',
  reach: 'border-reach-100 bg-reach-50 text-reach-700',
  warn: 'border-warn-700/30 bg-warn-50 text-warn-700',
};

/** The class attribute of a badge in `tone`, plus `className` if given. */
export function badgeClass(tone: BadgeTone = 'neutral', className?: string): string {
  return className ? `${base} ${tones[tone]} ${className}` : `${base} ${tones[tone]}`;
}
