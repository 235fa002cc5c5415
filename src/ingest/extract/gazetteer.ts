// Country and city gazetteers built from the maintained world-countries data (names, official
// names, alternative spellings, demonyms, capitals), plus the short forms English news uses
// ("US", "UK", "Britain", "Korea") and a handful of major non-capital cities.
import worldCountriesModule, { type Countries } from 'world-countries';
import { isoCountries, type CountryRecord } from '../../knowledge/reference/countries.ts';
import { escapeRegExp, fold, foldKeepingOffsets } from './text.ts';

export interface CountryInfo {
  code: string;
  name: string;
  /** Short name used for states as parties ("United States", "United Kingdom", "Vietnam"). */
  shortName: string;
}

export interface CountryMention {
  code: string;
  start: number;
  end: number;
  surface: string;
  /** "name" (Vietnam, Vietnam's), "short" (US), "demonym" (Vietnamese). */
  form: 'name' | 'short' | 'demonym';
}

/** Extra English short forms and historical/colloquial names (mapped to ISO codes). */
const EXTRA_FORMS: Record<string, string[]> = {
  US: ['US', 'U.S.', 'U.S', 'USA', 'U.S.A.', 'America', 'United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  KR: ['Korea', 'South Korea', 'Republic of Korea', 'ROK', 'RoK', 'S. Korea'],
  KP: ['North Korea', 'DPRK'],
  CN: ['China', 'PRC', 'Mainland China'],
  VN: ['Vietnam', 'Viet Nam'],
  RU: ['Russia', 'Russian Federation'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Netherlands', 'The Netherlands', 'Holland'],
  AE: ['UAE', 'United Arab Emirates', 'Emirates'],
  LA: ['Laos', 'Lao PDR', 'Lao People’s Democratic Republic'],
  TR: ['Turkey', 'Türkiye', 'Turkiye'],
  TW: ['Taiwan'],
  IR: ['Iran'],
  SY: ['Syria'],
  BO: ['Bolivia'],
  VE: ['Venezuela'],
  TZ: ['Tanzania'],
  MD: ['Moldova'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  KR: ['Korean', 'South Korean'],
  GB: ['British', 'Briton', 'English', 'Scottish', 'Welsh'],
  US: ['American', 'US-based'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  CN: ['Chinese'],
  LA: ['Lao', 'Laotian'],
  NZ: ['New Zealander', 'Kiwi'],
  TH: ['Thai'],
  FR: ['French'],
  DE: ['German'],
  CH: ['Swiss'],
  SE: ['Swedish'],
  DK: ['Danish'],
  FI: ['Finnish'],
  NO: ['Norwegian'],
  IE: ['Irish'],
  ES: ['Spanish'],
  PT: ['Portuguese'],
  PL: ['Polish'],
  TR: ['Turkish'],
  IL: ['Israeli'],
  CZ: ['Czech'],
  BE: ['Belgian'],
};
/** Preferred short names for states as parties (the answer keys' "country short names"). */
const SHORT_NAMES: Record<string, string> = {
  US: 'United States',
  GB: 'United Kingdom',
  KR: 'South Korea',
  KP: 'North Korea',
  RU: 'Russia',
  VN: 'Vietnam',
};
/** Alternative spellings that are ordinary words or names, never meant as countries. */
const BAD_ALIASES = new Set([
  'Island',
  'Dominique',
  'Mann',
  'Viti',
  'Lao',
  'Thai',
  'Éire',
  'Bharat',
  'Bhārat',
  'Nihon',
  'Nippon',
  'Nederland',
  'Zhonghua',
]);
/** Demonyms shared by two countries: kept only for the bigger one. */
const DEMONYM_OWNER: Record<string, string> = {
  Dominican: 'DO',
  Congolese: 'CD',
  Guinean: 'GN',
  'South Korean': 'KR',
  Korean: 'KR',
  Samoan: 'WS',
};

// The package's types describe an ES default export; its CommonJS entry exports the array itself.
const worldCountries = worldCountriesModule as unknown as Countries;

const COUNTRIES: CountryRecord[] = isoCountries();
const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryInfo(code: string): CountryInfo | null {
  const c = byCode.get(code);
  if (!c) return null;
  return { code, name: c.name, shortName: SHORT_NAMES[code] ?? c.name };
}

/** Every surface form → { code, form }. Case-sensitive: countries and demonyms are proper nouns. */
const FORMS = new Map<string, { code: string; form: CountryMention['form'] }>();
function addForm(surface: string, code: string, form: CountryMention['form']): void {
  if (!surface || FORMS.has(surface)) return;
  FORMS.set(surface, { code, form });
}
for (const [code, forms] of Object.entries(EXTRA_FORMS))
  for (const f of forms) addForm(f, code, f.length <= 5 && /^[A-Z.\s]+$/.test(f) ? 'short' : 'name');
for (const [code, forms] of Object.entries(EXTRA_DEMONYMS)) for (const f of forms) addForm(f, code, 'demonym');
for (const [demonym, code] of Object.entries(DEMONYM_OWNER)) addForm(demonym, code, 'demonym');
for (const c of COUNTRIES) {
  addForm(c.name, c.code, 'name');
  if (fold(c.name) !== c.name) addForm(fold(c.name), c.code, 'name');
  addForm(c.officialName, c.code, 'name');
  for (const alias of c.aliases) {
    if (BAD_ALIASES.has(alias) || !/^[\p{Lu}][\p{L}\s.,'’()-]+$/u.test(alias) || alias.includes(',')) continue;
    if (alias.length < 4 && !/^[A-Z]{3,4}$/.test(alias)) continue;
    addForm(alias, c.code, alias.length <= 4 && /^[A-Z]+$/.test(alias) ? 'short' : 'name');
  }
  for (const d of c.demonyms) {
    if (/\s/.test(d) && !DEMONYM_OWNER[d]) continue;
    addForm(d, c.code, 'demonym');
  }
}

const FORM_REGEXP = (() => {
  const surfaces = [...FORMS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Demonyms may take a plural "s" ("Indonesians"); a possessive "'s" is allowed after names. A
  // currency ("US$9 million", "NZ$6 million", "46 trillion US dollars", "Japanese yen") is no
  // mention of the country.
  const currency = String.raw`\s+(?:dollars?|yuan|renminbi|yen|won|rupees?|rupiah|ringgit|baht|pesos?|reais|real|rand|euros?|pounds?|francs?|kron(?:a|or|e|er)|roubles?|rubles?|dirhams?|riyals?|tenge|dong)\b`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{M}\d.-])(${surfaces.join('|')})(s)?(?![\p{L}\p{M}\d$]|\.[A-Za-z]|-(?:based|born)\b|${currency})`,
    'gu',
  );
})();

/**
 * "PAPUA New Guinea and …", "VIETNAM and Japan": papers that set a lead's first word or a headline
 * in capitals. A word of four or more capitals that is no country form of its own ("DPRK") is
 * read in title case, letter for letter, so offsets stay.
 */
function titleCaseShouted(text: string): string {
  return text.replace(/(?<![\p{L}\d])(\p{Lu})(\p{Lu}{3,})(?![\p{L}\d])/gu, (word, first: string, rest: string) =>
    FORMS.has(word) ? word : first + rest.toLowerCase(),
  );
}

/**
 * Every country mention in `text`, with offsets relative to `text` plus `offset`. Spellings with
 * diacritics ("Việt Nam") are found through their folded form; `surface` is the text's own.
 */
export function findCountryMentions(text: string, offset = 0): CountryMention[] {
  const out: CountryMention[] = [];
  const folded = titleCaseShouted(foldKeepingOffsets(text));
  FORM_REGEXP.lastIndex = 0;
  for (const m of folded.matchAll(FORM_REGEXP)) {
    const surface = m[1]!;
    const info = FORMS.get(surface)!;
    if (m[2] && !(info.form === 'demonym' && /n$/.test(surface))) {
      // "s" glued to a name that does not pluralise: not a mention ("USs").
      continue;
    }
    out.push({
      code: info.code,
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      surface: text.slice(m.index, m.index + m[0].length),
      form: info.form,
    });
  }
  return out;
}

/** Is `word` a country form or demonym ("Vietnamese", "US", "British", "Việt Nam")? */
export function countryOfWord(word: string): string | null {
  const f = countryFormOf(word) ?? countryFormOf(fold(word));
  return f ? f.code : null;
}

// Module-level rather than a closure in countryOfWord, which runs for every word: under tsx (the
// server, the CLI, extraction workers) a named closure is created through esbuild's __name helper
// on every call, which cost a tenth of extraction.
function countryFormOf(w: string) {
  return FORMS.get(w) ?? (w.endsWith('s') ? FORMS.get(w.slice(0, -1)) : undefined);
}

// ── Cities ────────────────────────────────────────────────────────────────────────────────

const EXTRA_CITIES: Record<string, string[]> = {
  VN: [
    'Ho Chi Minh City',
    'HCM City',
    'HCMC',
    'Saigon',
    'Da Nang',
    'Danang',
    'Hai Phong',
    'Haiphong',
    'Can Tho',
    'Hue',
    'Nha Trang',
    'Bac Ninh',
    'Binh Duong',
    'Quang Ninh',
    'Ha Long',
    'Vung Tau',
    'Hanoi',
    'Ha Noi',
  ],
  JP: ['Osaka', 'Yokohama', 'Nagoya', 'Kyoto', 'Fukuoka', 'Sapporo', 'Kobe', 'Sendai', 'Tsukuba'],
  KR: ['Busan', 'Incheon', 'Daejeon', 'Daegu', 'Gwangju', 'Pangyo', 'Suwon'],
  CN: ['Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Nanning', 'Kunming', 'Chengdu', 'Wuhan'],
  // States and provinces whose names hold another country's ("New South Wales", "British Columbia"): read as places of
  // their own country, so the country inside them is no mention.
  AU: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Darwin', 'New South Wales'],
  ID: ['Surabaya', 'Bandung', 'Bali', 'Denpasar', 'Medan', 'Batam', 'Nusantara'],
  FR: ['Toulouse', 'Lyon', 'Marseille', 'Grenoble', 'Nice', 'Bordeaux', 'Strasbourg'],
  US: [
    'Washington',
    'Washington, D.C.',
    'New York',
    'San Francisco',
    'Los Angeles',
    'Boston',
    'Seattle',
    'Houston',
    'Chicago',
    'San Jose',
    'Austin',
    'Silicon Valley',
    'New Mexico',
    'New Jersey',
  ],
  GB: ['Manchester', 'Oxford', 'Edinburgh', 'Glasgow', 'Birmingham', 'Bristol', 'Belfast', 'Cardiff'],
  DE: ['Munich', 'Frankfurt', 'Hamburg', 'Stuttgart', 'Dresden'],
  CH: ['Geneva', 'Zurich'],
  IT: ['Milan', 'Turin'],
  ES: ['Barcelona'],
  IN: [
    'Mumbai',
    'Bombay',
    'Bengaluru',
    'Bangalore',
    'Hyderabad',
    'Chennai',
    'Madras',
    'Delhi',
    'Kolkata',
    'Calcutta',
    'Pune',
    'Ahmedabad',
    'Kanpur',
    'Kharagpur',
    'Roorkee',
    'Guwahati',
    'Gandhinagar',
  ],
  AE: ['Dubai'],
  CA: ['Toronto', 'Vancouver', 'Montreal', 'British Columbia'],
  BR: ['Sao Paulo', 'São Paulo', 'Rio de Janeiro'],
  TH: ['Chiang Mai'],
  MY: ['Penang', 'Johor'],
  NL: ['Eindhoven', 'Rotterdam'],
  TW: ['Hsinchu', 'Taichung', 'Kaohsiung'],
};

export interface CityMention {
  city: string;
  code: string;
  start: number;
  end: number;
}

const CITIES = new Map<string, { city: string; code: string }>();
/** Spelling variants → the usual English name. */
const CITY_CANONICAL: Record<string, string> = {
  'Ha Noi': 'Hanoi',
  'HCM City': 'Ho Chi Minh City',
  HCMC: 'Ho Chi Minh City',
  Saigon: 'Ho Chi Minh City',
  Danang: 'Da Nang',
  Haiphong: 'Hai Phong',
  Bangalore: 'Bengaluru',
  Bombay: 'Mumbai',
  Madras: 'Chennai',
  Calcutta: 'Kolkata',
  'São Paulo': 'Sao Paulo',
  'Washington, D.C.': 'Washington',
};
for (const [code, cities] of Object.entries(EXTRA_CITIES))
  for (const city of cities) CITIES.set(city, { city: CITY_CANONICAL[city] ?? city, code });
// The capitals of world-countries (those that are not also country names, which count as countries).
for (const c of worldCountries) {
  if (c.status !== 'officially-assigned') continue;
  for (const capital of c.capital ?? []) {
    if (!/^[\p{Lu}][\p{L}\s.'-]+$/u.test(capital) || FORMS.has(capital) || capital.startsWith('City of')) continue;
    if (!CITIES.has(capital)) CITIES.set(capital, { city: capital, code: c.cca2 });
    const folded = fold(capital);
    if (!CITIES.has(folded)) CITIES.set(folded, { city: capital, code: c.cca2 });
  }
}
const CITY_REGEXP = new RegExp(
  String.raw`(?<![\p{L}\p{M}\d])(${[...CITIES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\p{L}\p{M}\d])`,
  'gu',
);

/** Every city mention in `text`; "Hà Nội" and "Đà Nẵng" are found as Hanoi and Da Nang. */
export function findCityMentions(text: string, offset = 0): CityMention[] {
  const out: CityMention[] = [];
  const folded = foldKeepingOffsets(text);
  CITY_REGEXP.lastIndex = 0;
  for (const m of folded.matchAll(CITY_REGEXP)) {
    const info = CITIES.get(m[1]!)!;
    out.push({ city: info.city, code: info.code, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
