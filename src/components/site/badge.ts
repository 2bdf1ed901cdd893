/**
 * The classes of a badge (see Badge.astro). Shared so that long lists (supplier
 * tables with hundreds of rows at scale) can write the badge's <span> inline:
 * an Astro component per row costs more build time than the row's own markup.
 */
export type BadgeTone = 'neutral' | 'brand' | 'reach' | 'warn';

/** Short class names defined in src/styles/global.css (`.badge`, `.badge-<tone>`). */
export function badgeClass(tone: BadgeTone = 'neutral', className?: string): string {
  return className ? `badge badge-${tone} ${className}` : `badge badge-${tone}`;
}
