/**
 * Structured data for a park profile (schema.org). A park is a place with an
 * administration that answers inquiries, so `LocalBusiness` — both a Place and an
 * Organization — carries geo, address, url and contact points in one object.
 */
import { htmlLang, localize, translator } from '../i18n';
import type { Locale } from '../i18n/locales';
import { localizePath } from '../i18n/routing';
import type { ParkModel } from './types';

/** JSON-LD for one park profile page in `locale`. `site` is the canonical origin. */
export function parkJsonLd(park: ParkModel, site: URL, locale: Locale): Record<string, unknown> {
  const { data } = park;
  const { t } = translator(locale);
  const url = new URL(localizePath(park.summary.url, locale), site).href;
  const name = localize(data.name, locale);
  const otherName = locale === 'en' ? data.name.zh : data.name.en;
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': `${url}#park`,
    additionalType: 'https://schema.org/Place',
    inLanguage: htmlLang[locale],
    name,
    ...(otherName && otherName !== name ? { alternateName: otherName } : {}),
    description: localize(data.summary, locale),
    url,
    geo: {
      '@type': 'GeoCoordinates',
      latitude: data.coordinates.lat,
      longitude: data.coordinates.lon,
    },
    address: {
      '@type': 'PostalAddress',
      addressLocality: localize(data.city, locale),
      addressRegion: localize(data.province, locale),
      addressCountry: 'CN',
    },
    ...(data.plannedAreaKm2 !== undefined
      ? {
          additionalProperty: {
            '@type': 'PropertyValue',
            name: t('jsonLd.plannedArea'),
            value: data.plannedAreaKm2,
            unitText: 'km²',
          },
        }
      : {}),
    contactPoint: data.contacts.map((c) => ({
      '@type': 'ContactPoint',
      contactType: localize(c.role, locale),
      email: c.email,
      telephone: c.phone,
    })),
    potentialAction: {
      '@type': 'CommunicateAction',
      name: t('common.inquireTo', { park: name }),
      target: new URL(localizePath(park.summary.inquireUrl, locale), site).href,
    },
  };
}
