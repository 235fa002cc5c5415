// Word lists the rules use: titles, honorifics, organisation head nouns and the kinds they imply,
// portfolio words of ministry names, blocs. General English news vocabulary, nothing specific
// to any one story.
import type { ActorKind } from '../../../schema/tables.ts';

/** Core titles (capitalised as written before a name). Longest first when compiled. */
export const TITLE_CORES = [
  'Prime Minister', 'Minister', 'Ambassador', 'President', 'Vice President', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair',
  'Director General', 'Director-General', 'General Director', 'Managing Director', 'Executive Director', 'Country Director',
  'Regional Director', 'Director', 'Secretary General', 'Secretary-General', 'General Secretary', 'Secretary of State',
  'Permanent Secretary', 'State Secretary', 'Under-Secretary', 'Under Secretary', 'Secretary', 'Head', 'Governor', 'Mayor', 'Rector',
  'Vice Rector', 'Vice-Rector', 'Dean', 'Chief Executive Officer', 'Chief Executive', 'Chief Technology Officer',
  'Chief Operating Officer', 'Chief Scientist', 'CEO', 'CTO', 'COO', 'CFO', 'Founder', 'Co-founder', 'Co-Founder',
  'Consul General', 'Consul-General', 'Consul', 'Counsellor', 'Minister-Counsellor', 'Commissioner', 'Speaker', 'Chancellor',
  'Vice-Chancellor', 'Vice Chancellor', 'Provost', 'General Manager', 'Country Manager', 'Manager', 'Envoy', 'Special Envoy',
  'Senator', 'Trade Commissioner', "Chargé d'Affaires", 'Charge d’Affaires', "Chargé d’affaires", 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Deputy Head', 'Chairman of the Board', 'Party Secretary', 'Attaché', 'Attache', 'Representative',
  'Chief Representative', 'Principal', 'Head of Delegation', 'Lead Scientist', 'Senior Researcher', 'Researcher', 'Professor',
];
export const TITLE_PREFIXES = ['Permanent', 'Acting', 'Standing', 'First', 'Senior', 'Former', 'Executive', 'Deputy', 'Vice', 'Assistant', 'Associate', 'Co-'];
/** Abbreviated titles used for later mentions. */
export const TITLE_ABBREVIATIONS: Record<string, string> = { DPM: 'Deputy Prime Minister', PM: 'Prime Minister', 'Amb.': 'Ambassador' };
/** Single words that belong to a title (never part of a name). */
export const TITLE_WORDS = new Set([
  'Minister', 'Ministers', 'Prime', 'Deputy', 'Vice', 'Permanent', 'Acting', 'Ambassador', 'President', 'Chairman', 'Chairwoman',
  'Chairperson', 'Director', 'Director-General', 'Secretary', 'Secretary-General', 'Governor', 'Mayor', 'Rector', 'Dean', 'CEO',
  'CTO', 'COO', 'CFO', 'Founder', 'Co-founder', 'Consul', 'Counsellor', 'Commissioner', 'Chancellor', 'Manager', 'Envoy',
  'Senator', 'Spokesperson', 'Chief', 'Head', 'DPM', 'PM', 'Professor', 'Representative', 'Principal', 'Standing', 'Executive',
  'Managing', 'General', 'Assistant', 'Associate', 'Chair', 'Speaker', 'Researcher', 'Scientist',
]);
/** Honorifics dropped from names. */
export const HONORIFICS = ['Assoc. Prof.', 'Associate Professor', 'Assoc Prof', 'Prof. Dr.', 'Prof.', 'Prof', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Madam', 'Madame', 'Sir', 'Dame', 'Academician', 'H.E.', 'His Excellency', 'Her Excellency', 'Professor', 'Engineer', 'PhD'];

/** Organisation head nouns → kind. A name containing one of these is an organisation. */
export const ORG_HEADS: Record<string, ActorKind> = {
  Ministry: 'government_body', Department: 'government_body', Agency: 'government_body', Office: 'government_body',
  Embassy: 'government_body', Consulate: 'government_body', Commission: 'government_body', Committee: 'government_body',
  Authority: 'government_body', Administration: 'government_body', Directorate: 'government_body', Bureau: 'government_body',
  Secretariat: 'government_body', Government: 'government_body', Assembly: 'government_body', Parliament: 'government_body',
  Senate: 'government_body', Cabinet: 'government_body', Inspectorate: 'government_body', Municipality: 'government_body',
  "People's": 'government_body', Delegation: 'government_body', Mission: 'government_body',
  University: 'university', College: 'university', Polytechnic: 'university', School: 'university', Universities: 'university',
  Institute: 'research_institute', Laboratory: 'research_institute', Laboratories: 'research_institute', Lab: 'research_institute',
  Academy: 'research_institute', Observatory: 'research_institute', Centre: 'research_institute', Center: 'research_institute',
  Hub: 'research_institute',
  Association: 'association', Society: 'association', Federation: 'association', Chamber: 'association', Union: 'association',
  Club: 'association', Alliance: 'association', Foundation: 'association', Confederation: 'association', Council: 'association',
  Consortium: 'association', Coalition: 'association',
  Ltd: 'company', 'Ltd.': 'company', Limited: 'company', 'Co.': 'company', Co: 'company', Company: 'company', Corp: 'company',
  'Corp.': 'company', Corporation: 'company', Inc: 'company', 'Inc.': 'company', JSC: 'company', PLC: 'company', plc: 'company',
  LLC: 'company', GmbH: 'company', AG: 'company', 'S.A.': 'company', SE: 'company', Group: 'company', Holdings: 'company',
  Holding: 'company', Technologies: 'company', Systems: 'company', Solutions: 'company', Electronics: 'company', Semiconductor: 'company',
  Semiconductors: 'company', Motors: 'company', Telecom: 'company', Software: 'company', Bank: 'company', Airlines: 'company',
  Pharma: 'company', Pharmaceuticals: 'company', Partners: 'company', Ventures: 'company', Capital: 'company', Industries: 'company',
  Enterprises: 'company', Labs: 'company', Energy: 'company', Robotics: 'company', Aerospace: 'company', Networks: 'company',
  Microsystems: 'company', Devices: 'company', Products: 'company', Centres: 'company', Centers: 'company', Instruments: 'company', Engineering: 'company', Consulting: 'company',
};
/** Heads that make a name an organisation only when they END it ("X Energy", "X Technologies"), not inside ("Energy Agency"). */
export const SUFFIX_ONLY_HEADS = new Set(['Technologies', 'Systems', 'Solutions', 'Electronics', 'Semiconductor', 'Semiconductors', 'Motors', 'Telecom', 'Software', 'Energy', 'Robotics', 'Aerospace', 'Networks', 'Microsystems', 'Devices', 'Instruments', 'Engineering', 'Consulting', 'Capital', 'Partners', 'Ventures', 'Industries', 'Enterprises', 'Labs', 'Pharma', 'Pharmaceuticals', 'Airlines', 'Holding', 'Holdings', 'Products', 'Centres', 'Centers', 'Hub', 'Club', 'Lab', 'Bank', "People's"]);
/** Legal-form suffixes that may be dropped to give an alias ("Acme Ltd" → "Acme"). */
export const LEGAL_SUFFIXES = ['Co., Ltd.', 'Co., Ltd', 'Co. Ltd', 'Ltd.', 'Ltd', 'Limited', 'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'JSC', 'PLC', 'plc', 'LLC', 'GmbH', 'AG', 'S.A.', 'Group', 'Holdings', 'Company'];
/** Names ending in these are events or documents, never organisations. */
export const NON_ORG_ENDINGS = new Set([
  'Forum', 'Summit', 'Conference', 'Expo', 'Exhibition', 'Week', 'Festival', 'Dialogue', 'Roundtable', 'Workshop', 'Seminar',
  'Resolution', 'Law', 'Decree', 'Programme', 'Program', 'Strategy', 'Plan', 'Declaration', 'Agreement', 'Memorandum', 'Award',
  'Awards', 'Prize', 'Tunnel', 'Project', 'Initiative', 'Network', 'Partnership', 'Fund', 'Facility', 'Day', 'Fair', 'Show', 'Challenge', 'Competition', 'Contest', 'Report', 'Index',
]);
/** Words of ministry and department portfolios ("Ministry of Science and Technology"). */
export const PORTFOLIO_WORDS = new Set(
  `Science Sciences Technology Technologies Finance Foreign Affairs Industry Trade Education Training Health Information
  Communications Communication Planning Investment Agriculture Rural Development Natural Resources Environment Transport
  Transportation Construction Labour Labor Invalids Social Justice Defence Defense Home Interior Culture Sports Tourism Energy Economy
  Economic Economics Digital Innovation Research Security Public National Ethnic Minorities Religious Commerce Enterprise Enterprises
  Business Businesses Higher ICT IT Industrial Policy Strategy Studies Engineering Medicine Medical Physics Chemistry Mathematics
  Space Aerospace Climate Change Water Food Fisheries Forestry Land Infrastructure Telecommunications Post Posts Internal International
  Cooperation Relations Intellectual Property Standards Metrology Quality Atomic Nuclear Radiation Safety Startups Employment Welfare
  Family Women Youth Children Veterans Statistics Customs Taxation Treasury Budget State Administration Legal Inspection Management
  Marine Ocean Oceans Meteorology Hydrology Geology Minerals Mines Mining Petroleum Oil Gas Electricity Power Renewable Media Press
  Broadcasting Arts Humanities Heritage Disaster Emergency Exports Export Import Manufacturing Small Medium Sized Advanced Applied
  Biotechnology Biology Informatics Computing Computer Electronics Electrical Mechanical Materials Green Sustainable Data AI
  Artificial Intelligence Semiconductor Semiconductors Quantum Robotics Automation Commerce Regional Urban Housing Wildlife Scientific
  Technological Knowledge Economy Economies Affairs Foreign Trade Exploration Resource Environmental Protection Development Studies Training
  Mineral Maritime Creative Cooperatives Manpower Villages Investments Agrarian Spatial Fishery Communication Informatics
  Systems Study Sciences Mathematics Statistics Vocational Logistics Civil Aviation Railways Roads Ports Trade Industries Advanced`
    .split(/\s+/)
    .filter(Boolean),
);
/** Intergovernmental bodies and blocs, with their usual short forms. */
export const BLOCS: { name: string; aliases: string[] }[] = [
  { name: 'European Union', aliases: ['EU'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { name: 'United Nations', aliases: ['UN'] },
  { name: 'United Nations Development Programme', aliases: ['UNDP'] },
  { name: 'UNESCO', aliases: [] },
  { name: 'World Bank', aliases: [] },
  { name: 'Asian Development Bank', aliases: ['ADB'] },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'] },
  { name: 'Organisation for Economic Co-operation and Development', aliases: ['OECD'] },
  { name: 'World Trade Organization', aliases: ['WTO'] },
  { name: 'World Health Organization', aliases: ['WHO'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'International Telecommunication Union', aliases: ['ITU'] },
  { name: 'World Intellectual Property Organization', aliases: ['WIPO'] },
  { name: 'European Space Agency', aliases: ['ESA'] },
  { name: 'Mekong River Commission', aliases: ['MRC'] },
  { name: 'G7', aliases: [] },
  { name: 'G20', aliases: [] },
];

/** Common Vietnamese family names: a name starting with one is a person's (and, absent other clues, Vietnamese). */
export const VIETNAMESE_SURNAMES = new Set(
  `Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Dinh Truong Mai Trinh Lam Luong Ha Ta Cao Chu Quach
  Doan Vuong Trieu Luu Tong Kieu Ton Hua Nong Giang Lai Phung Tang Thach Tieu Than Khuc Dam Lu Lo Au Nghiem Mac Kha Bach`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are never (part of) an actor's name. */
export const NOT_NAME_WORDS = new Set([
  'Photo', 'Source', 'Resolution', 'Law', 'Decree', 'MoU', 'MoUs', 'MOU', 'Memorandum', 'Agreement', 'CEO', 'Vietnam-based',
  'Sci-tech', 'Sci-Tech', 'R&D', 'GDP', 'FDI', 'ODA', 'COVID-19', 'COVID', 'ASEAN', 'Photo:', 'No', 'Party', 'State',
  'Internet', 'Industry', 'Innovation', 'Science', 'Technology', 'Technologies', 'Digital', 'National', 'International',
  'Government', 'Ministry', 'Embassy', 'Both', 'Some', 'Several', 'Together', 'Overall', 'Currently', 'Recently',
]);
