// The countries the synthetic actors live in, skewed the way the news about science and
// technology cooperation is: a dozen countries carry most of the actors, a second tier some,
// and the rest of the world a thin tail. Names and capitals come from the same maintained
// `world-countries` package as the reference data.
import worldCountriesModule, { type Countries } from 'world-countries';
import { isoCountries } from '../knowledge/reference/countries.ts';
import type { Random } from './random.ts';
import { WeightedChoice } from './weighted-choice.ts';

const worldCountries = worldCountriesModule as unknown as Countries;

/** Share of the actors, in percent, of the busiest countries. */
const leadingCountries: Record<string, number> = {
  VN: 16,
  US: 11,
  JP: 8,
  KR: 7,
  CN: 7,
  DE: 5,
  FR: 4.5,
  GB: 4.5,
  IN: 4,
  AU: 3.5,
  SG: 3,
  TH: 2.5,
};
const secondTier = [
  'CA',
  'IT',
  'NL',
  'SE',
  'FI',
  'IL',
  'RU',
  'ID',
  'MY',
  'PH',
  'LA',
  'KH',
  'NZ',
  'BR',
  'CH',
  'NO',
  'DK',
  'AT',
  'BE',
  'ES',
  'TW',
  'MX',
  'ZA',
  'AE',
  'SA',
  'PL',
  'CZ',
  'HU',
  'TR',
  'EG',
];
const SECOND_TIER_SHARE = 18;
const REST_OF_WORLD_SHARE = 6;

/** Cities for the countries with many actors; elsewhere the capital stands in. */
const cities: Record<string, string[]> = {
  VN: [
    'Hanoi',
    'Ho Chi Minh City',
    'Da Nang',
    'Hai Phong',
    'Can Tho',
    'Hue',
    'Nha Trang',
    'Quang Ninh',
    'Bac Ninh',
    'Binh Duong',
    'Thai Nguyen',
    'Dong Nai',
  ],
  US: [
    'Washington',
    'New York',
    'Boston',
    'San Francisco',
    'Seattle',
    'Austin',
    'Chicago',
    'San Diego',
    'Pittsburgh',
    'Atlanta',
  ],
  JP: ['Tokyo', 'Osaka', 'Kyoto', 'Nagoya', 'Yokohama', 'Fukuoka', 'Sendai', 'Sapporo', 'Tsukuba', 'Kobe'],
  KR: ['Seoul', 'Busan', 'Daejeon', 'Incheon', 'Daegu', 'Gwangju', 'Suwon', 'Pohang', 'Ulsan'],
  CN: ['Beijing', 'Shanghai', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Wuhan', 'Chengdu', 'Nanjing', 'Hefei', 'Tianjin'],
  DE: [
    'Berlin',
    'Munich',
    'Hamburg',
    'Frankfurt',
    'Stuttgart',
    'Dresden',
    'Aachen',
    'Karlsruhe',
    'Cologne',
    'Heidelberg',
  ],
  FR: ['Paris', 'Lyon', 'Toulouse', 'Grenoble', 'Marseille', 'Bordeaux', 'Lille', 'Nantes', 'Strasbourg', 'Nice'],
  GB: [
    'London',
    'Cambridge',
    'Oxford',
    'Manchester',
    'Edinburgh',
    'Bristol',
    'Glasgow',
    'Birmingham',
    'Leeds',
    'Cardiff',
  ],
  IN: ['New Delhi', 'Bengaluru', 'Mumbai', 'Hyderabad', 'Chennai', 'Pune', 'Kolkata', 'Ahmedabad'],
  AU: ['Canberra', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide'],
  SG: ['Singapore'],
  TH: ['Bangkok', 'Chiang Mai', 'Khon Kaen', 'Phuket', 'Chonburi'],
  CA: ['Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Waterloo'],
  IT: ['Rome', 'Milan', 'Turin', 'Bologna', 'Pisa'],
  NL: ['Amsterdam', 'Eindhoven', 'Delft', 'Rotterdam', 'Utrecht'],
  IL: ['Jerusalem', 'Tel Aviv', 'Haifa', 'Rehovot'],
  ID: ['Jakarta', 'Bandung', 'Surabaya', 'Yogyakarta'],
  MY: ['Kuala Lumpur', 'Penang', 'Johor Bahru', 'Cyberjaya'],
  TW: ['Taipei', 'Hsinchu', 'Taichung', 'Tainan', 'Kaohsiung'],
};

/** Which name pool a country's people are drawn from (see names.ts). */
export type NameStyle = 'vietnamese' | 'chinese' | 'japanese' | 'korean' | 'indian' | 'german' | 'french' | 'english';
const nameStyles: Record<string, NameStyle> = {
  VN: 'vietnamese',
  CN: 'chinese',
  TW: 'chinese',
  JP: 'japanese',
  KR: 'korean',
  IN: 'indian',
  DE: 'german',
  AT: 'german',
  CH: 'german',
  FR: 'french',
  BE: 'french',
};

const companySuffixes: Record<string, string> = {
  VN: 'JSC',
  US: 'Inc.',
  JP: 'Co., Ltd.',
  KR: 'Co., Ltd.',
  CN: 'Co., Ltd.',
  TW: 'Corp.',
  DE: 'GmbH',
  AT: 'GmbH',
  CH: 'AG',
  FR: 'SA',
  GB: 'Ltd',
  IN: 'Pvt Ltd',
  AU: 'Pty Ltd',
  SG: 'Pte Ltd',
  TH: 'Co., Ltd.',
  NL: 'B.V.',
};

export interface Place {
  /** The row id of the country in this database. */
  id: number;
  code: string;
  name: string;
  /** "Vietnamese", "British". */
  adjective: string;
  cities: string[];
  nameStyle: NameStyle;
  companySuffix: string;
}

export class World {
  readonly places: Place[];
  private readonly choice: WeightedChoice;
  private readonly byCode: Map<string, Place>;

  /** `countryIds` maps ISO codes to the row ids the database gave the countries. */
  constructor(countryIds: Map<string, number>) {
    const capitals = new Map(worldCountries.map((c) => [c.cca2, c.capital?.[0]]));
    this.places = isoCountries()
      .filter((c) => countryIds.has(c.code))
      .map((c) => ({
        id: countryIds.get(c.code)!,
        code: c.code,
        name: c.name,
        adjective: c.demonyms[0] ?? c.name,
        cities: cities[c.code] ?? [capitals.get(c.code) ?? c.name],
        nameStyle: nameStyles[c.code] ?? 'english',
        companySuffix: companySuffixes[c.code] ?? 'Ltd',
      }));
    if (this.places.length === 0) throw new Error('no countries in the database: load the reference data first');
    this.byCode = new Map(this.places.map((p) => [p.code, p]));
    const restCount = this.places.filter((p) => !(p.code in leadingCountries) && !secondTier.includes(p.code)).length;
    const secondCount = this.places.filter((p) => secondTier.includes(p.code)).length;
    this.choice = new WeightedChoice(
      this.places.map(
        (p) =>
          leadingCountries[p.code] ??
          (secondTier.includes(p.code) ? SECOND_TIER_SHARE / secondCount : REST_OF_WORLD_SHARE / restCount),
      ),
    );
  }

  /** A place drawn with the skew above. */
  draw(random: Random): Place {
    return this.places[this.choice.draw(random)]!;
  }

  /** The busiest countries first: the ones that get a state actor. */
  leading(count: number): Place[] {
    const ranked = [...Object.keys(leadingCountries), ...secondTier]
      .map((code) => this.byCode.get(code))
      .filter((p): p is Place => p !== undefined);
    const others = this.places.filter((p) => !ranked.includes(p));
    return [...ranked, ...others].slice(0, count);
  }
}
