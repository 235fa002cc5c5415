// Every ISO 3166-1 country, from the maintained `world-countries` package rather than a
// hand-typed list: what the database's countries table holds, and what extraction recognises.
// Free of the database, so extraction (and its worker threads) loads neither drizzle nor the schema.
import worldCountriesModule, { type Countries } from 'world-countries';

// The package's types describe an ES default export; its CommonJS entry exports the array itself.
const worldCountries = worldCountriesModule as unknown as Countries;

export interface CountryRecord {
  code: string;
  name: string;
  officialName: string;
  region: string | null;
  subregion: string | null;
  aliases: string[];
  demonyms: string[];
}

/** Every officially assigned ISO 3166-1 alpha-2 country (Kosovo's user-assigned XK is left out). */
export function isoCountries(): CountryRecord[] {
  return worldCountries
    .filter((c) => c.status === 'officially-assigned' && /^[A-Z]{2}$/.test(c.cca2))
    .map((c) => {
      const english = c.demonyms?.eng;
      const demonyms = english ? [...new Set([english.m, english.f].filter(Boolean))] : [];
      const aliases = [...new Set(c.altSpellings.filter((a) => a !== c.cca2 && a !== c.name.common))];
      return {
        code: c.cca2,
        name: c.name.common,
        officialName: c.name.official,
        region: c.region || null,
        subregion: c.subregion || null,
        aliases,
        demonyms,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
