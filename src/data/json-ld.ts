/**
 * Structured data for a park profile (schema.org). A park is a place with an
 * administration that answers inquiries, so `LocalBusiness` — both a Place and an
 * Organization — carries geo, address, url and contact points in one object.
 */
import type { ParkModel } from './types';

/** JSON-LD for one park profile page. `site` is the canonical origin. */
export function parkJsonLd(park: ParkModel, site: URL): Record<string, unknown> {
  const { data } = park;
  const url = new URL(park.summary.url, site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    '@id': `${url}#park`,
    additionalType: 'https://schema.org/Place',
    name: data.name.en,
    ...(data.name.zh ? { alternateName: data.name.zh } : {}),
    description: data.summary.en,
    url,
    geo: {
      '@type': 'GeoCoordinates',
      latitude: data.coordinates.lat,
      longitude: data.coordinates.lon,
    },
    address: {
      '@type': 'PostalAddress',
      addressLocality: data.city.en,
      addressRegion: data.province.en,
      addressCountry: 'CN',
    },
    ...(data.plannedAreaKm2 !== undefined
      ? {
          additionalProperty: {
            '@type': 'PropertyValue',
            name: 'Planned area',
            value: data.plannedAreaKm2,
            unitText: 'km²',
          },
        }
      : {}),
    contactPoint: data.contacts.map((c) => ({
      '@type': 'ContactPoint',
      contactType: c.role.en,
      email: c.email,
      telephone: c.phone,
    })),
    potentialAction: {
      '@type': 'CommunicateAction',
      name: `Send an inquiry to ${data.name.en}`,
      target: new URL(park.summary.inquireUrl, site).href,
    },
  };
}
