// Word lists the synthetic names are built from. Invented combinations of common words, not
// records of real people or firms; the intergovernmental organisations are the real, public
// bodies that appear in cooperation news, since inventing those would read falsely.
import type { NameStyle } from './places.ts';
import type { Random } from './random.ts';

interface NamePool {
  given: string[];
  family: string[];
  /** Vietnamese names carry a middle name between family and given name. */
  middle?: string[];
  familyFirst: boolean;
}

const pools: Record<NameStyle, NamePool> = {
  vietnamese: {
    family: [
      'Nguyễn',
      'Trần',
      'Lê',
      'Phạm',
      'Hoàng',
      'Huỳnh',
      'Phan',
      'Vũ',
      'Võ',
      'Đặng',
      'Bùi',
      'Đỗ',
      'Hồ',
      'Ngô',
      'Dương',
      'Lý',
    ],
    middle: ['Văn', 'Thị', 'Minh', 'Đức', 'Quang', 'Hữu', 'Thanh', 'Ngọc', 'Xuân', 'Hoàng', 'Chí', 'Hải'],
    given: [
      'Hùng',
      'Dũng',
      'Lan',
      'Hương',
      'Tuấn',
      'Anh',
      'Hoa',
      'Long',
      'Nam',
      'Hải',
      'Mai',
      'Linh',
      'Thảo',
      'Sơn',
      'Phong',
      'Trung',
      'Hà',
      'Quân',
      'Thủy',
      'Khoa',
      'Bình',
      'Tâm',
      'Hiếu',
      'Nga',
    ],
    familyFirst: true,
  },
  chinese: {
    family: [
      'Wang',
      'Li',
      'Zhang',
      'Liu',
      'Chen',
      'Yang',
      'Zhao',
      'Huang',
      'Zhou',
      'Wu',
      'Xu',
      'Sun',
      'Ma',
      'Hu',
      'Guo',
    ],
    given: [
      'Wei',
      'Fang',
      'Na',
      'Min',
      'Jing',
      'Lei',
      'Jun',
      'Yong',
      'Yan',
      'Jie',
      'Tao',
      'Ming',
      'Xiaoming',
      'Hui',
      'Lin',
      'Haoran',
      'Yuxuan',
    ],
    familyFirst: true,
  },
  japanese: {
    given: [
      'Hiroshi',
      'Takashi',
      'Yuki',
      'Kenji',
      'Akiko',
      'Naoko',
      'Satoshi',
      'Haruto',
      'Yui',
      'Daisuke',
      'Emi',
      'Kazuo',
      'Ryo',
      'Mika',
    ],
    family: [
      'Sato',
      'Suzuki',
      'Takahashi',
      'Tanaka',
      'Watanabe',
      'Ito',
      'Yamamoto',
      'Nakamura',
      'Kobayashi',
      'Kato',
      'Yoshida',
      'Matsumoto',
    ],
    familyFirst: false,
  },
  korean: {
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
    given: [
      'Min-jun',
      'Seo-yeon',
      'Ji-ho',
      'Ha-eun',
      'Do-yoon',
      'Ji-woo',
      'Hyun-woo',
      'Soo-jin',
      'Jae-won',
      'Eun-ji',
      'Sung-min',
      'Hye-jin',
    ],
    familyFirst: true,
  },
  indian: {
    given: [
      'Arjun',
      'Priya',
      'Rahul',
      'Ananya',
      'Vikram',
      'Deepa',
      'Sanjay',
      'Kavya',
      'Rohan',
      'Meera',
      'Amit',
      'Sunita',
      'Aditya',
      'Lakshmi',
    ],
    family: ['Sharma', 'Patel', 'Gupta', 'Iyer', 'Reddy', 'Nair', 'Singh', 'Kumar', 'Rao', 'Mehta', 'Bose', 'Menon'],
    familyFirst: false,
  },
  german: {
    given: [
      'Lukas',
      'Anna',
      'Jonas',
      'Lena',
      'Felix',
      'Laura',
      'Maximilian',
      'Sophie',
      'Tobias',
      'Katharina',
      'Stefan',
      'Julia',
    ],
    family: [
      'Müller',
      'Schmidt',
      'Schneider',
      'Fischer',
      'Weber',
      'Wagner',
      'Becker',
      'Hoffmann',
      'Schulz',
      'Koch',
      'Richter',
      'Wolf',
    ],
    familyFirst: false,
  },
  french: {
    given: [
      'Louis',
      'Camille',
      'Hugo',
      'Chloé',
      'Julien',
      'Manon',
      'Antoine',
      'Élise',
      'Mathieu',
      'Léa',
      'Nicolas',
      'Claire',
    ],
    family: [
      'Martin',
      'Bernard',
      'Dubois',
      'Thomas',
      'Robert',
      'Richard',
      'Petit',
      'Durand',
      'Leroy',
      'Moreau',
      'Lefèvre',
      'Girard',
    ],
    familyFirst: false,
  },
  english: {
    given: [
      'James',
      'Sarah',
      'Michael',
      'Emily',
      'David',
      'Olivia',
      'Daniel',
      'Jessica',
      'Andrew',
      'Rachel',
      'Thomas',
      'Hannah',
      'Robert',
      'Grace',
      'William',
      'Chloe',
      'Peter',
      'Laura',
    ],
    family: [
      'Smith',
      'Johnson',
      'Brown',
      'Taylor',
      'Wilson',
      'Davies',
      'Evans',
      'Clarke',
      'Walker',
      'Wright',
      'Thompson',
      'White',
      'Harris',
      'Lewis',
      'Robinson',
      'Carter',
      'Mitchell',
      'Hughes',
    ],
    familyFirst: false,
  },
};

export function personName(random: Random, style: NameStyle): string {
  const pool = pools[style];
  const family = random.pick(pool.family);
  const given = random.pick(pool.given);
  if (pool.middle) return `${family} ${random.pick(pool.middle)} ${given}`;
  return pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}

/** Ministries, the policy area first: every country's first government body is its science ministry. */
export const ministryDomains = [
  'Science and Technology',
  'Information and Communications',
  'Industry and Trade',
  'Education and Training',
  'Foreign Affairs',
  'Planning and Investment',
  'Natural Resources and Environment',
  'Health',
  'Agriculture and Rural Development',
  'Energy',
  'Transport',
  'Finance',
  'Digital Affairs',
  'Defence',
];

export const researchFields = [
  'Physics',
  'Chemistry',
  'Mathematics',
  'Materials Science',
  'Biotechnology',
  'Information Technology',
  'Energy Science',
  'Marine Science',
  'Space Science',
  'Mechanics',
  'Environmental Technology',
  'Electronics',
  'Computer Science',
  'Applied Mechanics',
  'Geosciences',
  'Life Sciences',
];

export const universityFields = [
  'Science',
  'Engineering',
  'Medicine',
  'Agriculture',
  'Economics',
  'Education',
  'Technology',
  'Transport',
];

export const professions = [
  'Software Firms',
  'Electronics Manufacturers',
  'Engineers',
  'Science Journalists',
  'Young Scientists',
  'Automation Engineers',
  'Research Managers',
  'Technology Investors',
  'Women in Science',
];

const brandSyllables = [
  'vi',
  'na',
  'tek',
  'so',
  'fu',
  'ra',
  'zen',
  'ko',
  'mi',
  'lu',
  'tra',
  'no',
  'va',
  'sen',
  'qua',
  'ri',
  'do',
  'ta',
  'li',
  'ne',
  'ver',
  'sol',
  'gen',
  'ax',
  'on',
  'ly',
  'max',
  'tel',
  'ion',
  'pix',
  'cor',
  'bri',
  'ze',
  'mo',
];

/** An invented brand name of two or three syllables ("Navitek"). */
export function brandName(random: Random): string {
  const count = random.chance(0.6) ? 2 : 3;
  let name = '';
  for (let i = 0; i < count; i++) name += random.pick(brandSyllables);
  return name[0]!.toUpperCase() + name.slice(1);
}

export interface Intergovernmental {
  name: string;
  acronym: string;
  description: string;
}

export const intergovernmentalBodies: Intergovernmental[] = [
  {
    name: 'ASEAN Secretariat',
    acronym: 'ASEC',
    description: 'Secretariat of the Association of Southeast Asian Nations.',
  },
  { name: 'European Commission', acronym: 'EC', description: 'Executive body of the European Union.' },
  {
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    description: 'United Nations agency for education, science and culture.',
  },
  { name: 'World Bank', acronym: 'WB', description: 'International development lender.' },
  {
    name: 'Asian Development Bank',
    acronym: 'ADB',
    description: 'Regional development bank for Asia and the Pacific.',
  },
  {
    name: 'International Atomic Energy Agency',
    acronym: 'IAEA',
    description: 'United Nations agency for the peaceful use of nuclear technology.',
  },
  { name: 'United Nations Development Programme', acronym: 'UNDP', description: 'United Nations development agency.' },
  {
    name: 'Organisation for Economic Co-operation and Development',
    acronym: 'OECD',
    description: 'Forum of market economies on economic and social policy.',
  },
  { name: 'Asia-Pacific Economic Cooperation', acronym: 'APEC', description: 'Forum of Pacific Rim economies.' },
  {
    name: 'International Telecommunication Union',
    acronym: 'ITU',
    description: 'United Nations agency for information and communication technologies.',
  },
  {
    name: 'World Health Organization',
    acronym: 'WHO',
    description: 'United Nations agency for international public health.',
  },
  { name: 'Mekong River Commission', acronym: 'MRC', description: 'Intergovernmental body for the Mekong basin.' },
  { name: 'European Space Agency', acronym: 'ESA', description: 'Intergovernmental space agency of European states.' },
  { name: 'International Energy Agency', acronym: 'IEA', description: 'Intergovernmental energy policy organisation.' },
  {
    name: 'World Intellectual Property Organization',
    acronym: 'WIPO',
    description: 'United Nations agency for intellectual property.',
  },
];

/** Invented news outlets; `.example` is the top-level domain reserved for examples (RFC 2606). */
export const outlets = [
  'Mekong Science Wire',
  'Pacific Technology Review',
  'Eurasia Innovation Daily',
  'The Research Ledger',
  'Global Tech Desk',
  'Asia Innovation Post',
  'Lab and Policy',
  'The Cooperation Monitor',
  'Frontier Science News',
  'Digital Economy Times',
];

export const sections = ['Science', 'Technology', 'Innovation', 'Digital', 'Energy', 'World', 'Business'];

/** Positions by the kind of organisation held. */
export const titlesByKind: Record<string, string[]> = {
  government_body: [
    'Minister',
    'Deputy Minister',
    'Permanent Deputy Minister',
    'Director General',
    'Deputy Director General',
    'Director',
    'Head of International Cooperation',
  ],
  university: ['Rector', 'Vice Rector', 'President', 'Dean of Engineering', 'Professor', 'Director of Research'],
  research_institute: ['Director', 'Deputy Director', 'Chief Scientist', 'Senior Researcher', 'Head of Laboratory'],
  company: [
    'Chief Executive Officer',
    'Chief Technology Officer',
    'Chairman',
    'Vice President',
    'Head of Research',
    'Managing Director',
  ],
  association: ['Chairman', 'President', 'Secretary General', 'Vice Chairman'],
  intergovernmental: ['Secretary General', 'Director', 'Programme Officer', 'Country Director', 'Chief Economist'],
};

/** Positions that name no organisation. */
export const unattachedTitles = [
  'Deputy Prime Minister',
  'Member of the National Assembly',
  'Presidential Science Adviser',
  'Special Envoy for Technology',
];
