/**
 * The directory's view of the catalog: parks grouped by chain and by province for
 * the static category pages, and the compact filter table the filter page fetches.
 * Pure (catalog in, plain data out), memoised per catalog so thousands of category
 * pages share one grouping.
 */
import type { PaginateFunction } from 'astro';
import { encodeFilterTable, type FilterTable, type NamedFilterPark } from '../domain/filter-table';
import { provinceId } from '../domain/provinces';
import type { Localized } from '../schemas/common';
import { localize } from '../i18n/content';
import type { Locale } from '../i18n/locales';
import { localeParams } from '../i18n/routing';
import { PARKS_PER_PAGE } from '../domain/paging';
import { cacheKey } from './cache-key';
import type { CatalogModel, ParkModel } from './types';

/** A category page's subject: its URL id, label, and its parks in directory order. */
export interface ParkGroup<P extends ParkModel = ParkModel> {
  id: string;
  label: Localized;
  parks: P[];
}

export interface DirectoryGroups<P extends ParkModel> {
  /** Chains that at least one park targets. */
  chains: ParkGroup<P>[];
  provinces: ParkGroup<P>[];
}

/** Directory URLs under /parks/ that a park slug must not take (page numbers, category roots). */
const RESERVED_SLUG = /^(\d+|chain|province|filter)$/;

const cache = new WeakMap<object, DirectoryGroups<ParkModel>>();

/** Parks by target chain and by province (groups without parks are left out). */
export function directoryGroups<P extends ParkModel>(
  catalog: CatalogModel & { parks: P[] },
): DirectoryGroups<P> {
  const hit = cache.get(catalog) as DirectoryGroups<P> | undefined;
  if (hit) return hit;
  const chains = new Map<string, ParkGroup<P>>(
    catalog.chains.map((c) => [c.id, { id: c.id, label: c.label, parks: [] }]),
  );
  const provinces = new Map<string, ParkGroup<P>>();
  for (const park of catalog.parks) {
    if (RESERVED_SLUG.test(park.slug))
      throw new Error(
        `${park.filePath}: the slug "${park.slug}" is taken by a directory page (/parks/${park.slug}/); rename the file`,
      );
    for (const chain of park.data.targetChains) chains.get(chain)?.parks.push(park);
    const id = provinceIdOf(park);
    const group = provinces.get(id) ?? { id, label: park.data.province, parks: [] };
    group.parks.push(park);
    provinces.set(id, group);
  }
  const groups = {
    chains: [...chains.values()].filter((g) => g.parks.length > 0),
    provinces: [...provinces.values()],
  };
  cache.set(catalog, groups as DirectoryGroups<ParkModel>);
  return groups;
}

/** A park's province URL id; the error names the park's file. */
export function provinceIdOf(park: ParkModel): string {
  try {
    return provinceId(park.data.province);
  } catch (error) {
    throw new Error(`${park.filePath}: province: ${(error as Error).message}`, { cause: error });
  }
}

/** One park as the filter page sees it, named in `locale`. */
export function filterPark(park: ParkModel, locale: Locale): NamedFilterPark {
  return {
    slug: park.slug,
    name: localize(park.data.name, locale),
    province: provinceIdOf(park),
    level: park.data.level,
    chains: park.data.targetChains,
    processes: park.facts.processesWithinReach,
    landMu: park.data.land.availableMu,
    intensityCny10kPerMu: park.data.admission.minInvestmentIntensityCny10kPerMu,
    spareMw: park.data.utilities.spareCapacityMw,
    approvalDays: park.approvalTimeline.totalWorkingDays,
  };
}

/** The table published at /data/park-filter/<locale>.json, parks in directory order. */
export function filterTable(catalog: CatalogModel, locale: Locale): FilterTable {
  return encodeFilterTable(catalog.parks.map((park) => filterPark(park, locale)));
}

/** Where the filter table for `locale` is published. */
export function filterTablePath(locale: Locale): string {
  return `/data/park-filter/${locale}.json`;
}

/**
 * The oldest date among the figures a park card shows (land, admission, approvals),
 * so a card never overstates how fresh its figures are.
 */
export function cardAsOf(park: ParkModel): Date {
  const { land, admission, approvals } = park.provenance;
  return new Date(
    Math.min(land.asOf.getTime(), admission.asOf.getTime(), approvals.asOf.getTime()),
  );
}

/** The cache key of category links: each group's id, label and number of parks. */
export function groupsKey(groups: readonly ParkGroup[]): string {
  return cacheKey(groups.map((g) => [g.id, g.label, g.parks.length]));
}

/**
 * A category route's static paths (`/parks/chain/<id>/…`, `/parks/province/<id>/…`): every
 * page of every group, in both languages. The groups travel in props as `siblings`, so a
 * page does not group the whole catalog again to link its neighbours.
 */
export function categoryPaths<P extends ParkModel>(
  paginate: PaginateFunction,
  groups: ParkGroup<P>[],
  param: 'chain' | 'province',
  parkKeys: ReadonlyMap<string, string>,
) {
  // A page prints its group, links to every group with its count, and its slice of cards
  // (each card from its park's view model, so the parks' cache keys stand for the cards).
  const siblings = groupsKey(groups);
  return localeParams().flatMap(({ params, props }) =>
    groups.flatMap((group) =>
      paginate(group.parks, {
        pageSize: PARKS_PER_PAGE,
        params: { ...params, [param]: group.id },
        props: { ...props, group, siblings: groups },
      }).map((path) => {
        const { data, currentPage, lastPage, total } = path.props.page;
        const cards = data.map((park) => parkKeys.get(park.slug));
        const key = cacheKey(siblings, group.id, currentPage, lastPage, total, ...cards);
        return { ...path, cacheKey: key };
      }),
    ),
  );
}
