// Pass 2: people — after a title ("Deputy Minister NAME", lower-case business titles too), before an
// appositive title ("NAME, the director of …"), after an honorific ("Dr. NAME"), and Vietnamese
// full names on their own; with their title, organisation and country.
import { countryOfWord, findCityMentions } from '../gazetteer.ts';
import { TITLE_WORDS, VIETNAMESE_SURNAMES } from '../lexicon.ts';
import { passageOf, type Sentence } from '../text.ts';
import { spanText, type Token } from '../tokens.ts';
import {
  HONORIFIC_WORDS,
  isStop,
  isWord,
  matchTitle,
  isPortfolio,
  countryAt,
  cityAt,
  parseOrg,
  parsePersonName,
  particleSurname,
  cityOrCountry,
  capitalise,
} from './names.ts';
import type { ActorContext } from './context.ts';

/** Nouns of what people do, in any case, that make an appositive a person's. */
const ROLE_NOUNS = new Set([
  'director',
  'manager',
  'representative',
  'head',
  'chief',
  'professor',
  'researcher',
  'economist',
  'analyst',
  'fellow',
  'officer',
  'president',
  'vice-president',
  'chairman',
  'chairwoman',
  'chair',
  'minister',
  'secretary',
  'undersecretary',
  'ambassador',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'dean',
  'rector',
  'founder',
  'co-founder',
  'executive',
  'engineer',
  'scientist',
  'lecturer',
  'adviser',
  'advisor',
  'coordinator',
  'leader',
  'member',
  'partner',
  'consultant',
  'governor',
  'mayor',
  'commissioner',
  'counsellor',
  'counselor',
  'attaché',
  'envoy',
  'deputy',
  'vice',
  'provost',
  'chancellor',
  'student',
  'expert',
  'specialist',
]);

/** Whether the appositive from token k (to the next comma or full stop) says what a person does. */
function describesAPerson(tokens: Token[], k: number): boolean {
  if (isWord(tokens[k], 'who'))
    return /^(?:leads|heads|chairs|directs|runs|manages|oversees|coordinates|is|was|has|teaches|works)$/.test(
      tokens[k + 1]?.text ?? '',
    );
  for (let m = k; m < k + 14 && tokens[m] && tokens[m]!.text !== ',' && tokens[m]!.text !== '.'; m++) {
    // "ambassador-at-large", "vice-president": the first part says it.
    const word = tokens[m]!.text.toLowerCase();
    if (ROLE_NOUNS.has(word) || ROLE_NOUNS.has(word.split('-')[0]!)) return true;
  }
  return false;
}

/** Verbs of speech after a person's name. */
const SPEECH_VERB =
  /^(?:said|says|told|added|noted|explained|stressed|emphasised|emphasized|recalled|remarked|declared|announced|argued|warned|wrote)$/;

/** "JICA Philippines Office", "GIZ Viet Nam Country Office": a body's office in a country, and the body. */
const COUNTRY_OFFICE =
  /^(.+?)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)?)\s+(?:Country\s+)?(?:Office|Representative Office|Representation)$/u;

export function findPeople(ctx: ActorContext): void {
  const { sentences, tokensOf, body, index, orgSpans, homeCountry } = ctx;
  /** The body a country office belongs to, when the story names it: whom the office's people serve. */
  const officeOwner = (name: string) => {
    const m = COUNTRY_OFFICE.exec(name);
    return m && countryOfWord(m[2]!) ? index.find(m[1]!) : undefined;
  };
  /** A person already known under the last words of a name ("Tran Van Thuan" in "Health Tran Van Thuan"). */
  const knownSuffix = (name: string) => {
    const words = name.split(' ');
    for (let k = 1; k <= words.length - 2; k++)
      if (index.find(words.slice(k).join(' '))?.kind === 'person') return true;
    return false;
  };
  /** The one person already known whose full name ends in these words, or begins and ends with them ("Faisal … Al-Shehri"). */
  const shortFormOf = (name: string) => {
    const words = name.split(' ');
    if (words.length < 2) return undefined;
    const matches = index.all().filter((a) => {
      if (a.kind !== 'person' || a.name === name) return false;
      const full = a.name.split(' ');
      if (full.length <= words.length) return false;
      const tail = full.slice(-words.length).join(' ') === name;
      const ends = words.length === 2 && full[0] === words[0] && full.at(-1) === words[1];
      return tail || ends;
    });
    return matches.length === 1 ? matches[0] : undefined;
  };
  // ── Pass 2: people ──────────────────────────────────────────────────────────────────────
  const addPerson = (
    sentence: Sentence,
    tokens: Token[],
    name: { from: number; to: number; name: string },
    title: string | null,
    orgKey: string | null,
    country: string | null,
    confidence: number,
    titleFrom: number | null,
  ) => {
    // "Minister Tavares Almeida", "Dr. Al Khulaifi": a shorter form of a person named before.
    const longer = shortFormOf(name.name);
    if (longer) {
      index.alias(longer, name.name);
      if (!longer.title && title) longer.title = title;
      return;
    }
    const org = orgKey ? index.get(orgKey) : undefined;
    const first = name.name.split(' ')[0]!;
    const personCountry =
      (org ? officeOwner(org.name)?.country : null) ??
      country ??
      org?.country ??
      (VIETNAMESE_SURNAMES.has(first) ? 'VN' : null) ??
      (title && /Minister|Governor|Mayor/.test(title) ? homeCountry : null);
    const aliases: string[] = [];
    if (titleFrom !== null && title) aliases.push(`${title.replace(/ to .*$/, '')} ${name.name}`);
    // "Van Wijngaarden said": the surname keeps its particle.
    const surname = particleSurname(name.name);
    if (surname) aliases.push(surname);
    const person = index.upsert({
      name: name.name,
      kind: 'person',
      country: personCountry,
      aliases,
      parentKey: null,
      passage: passageOf(sentence),
      confidence,
      firstStart: tokens[name.from]!.start,
      title,
      affiliationKey: orgKey,
      affiliationPassage: passageOf(sentence),
      implied: false,
    });
    if (person.kind !== 'person') return;
    if (!person.title && title) person.title = title;
  };

  const orgBefore = (tokens: Token[], i: number): { key: string | null; country: string | null } => {
    // "US Ambassador", "Vietnamese Deputy Prime Minister", "Viettel's CEO", "KAIST President".
    const prev = tokens[i - 1];
    if (!prev || prev.punct) return { key: null, country: null };
    const c = countryOfWord(prev.text);
    if (c) return { key: null, country: c };
    if (!prev.cap || isStop(prev)) return { key: null, country: null };
    // The longest known actor name ending right before the title.
    for (let from = Math.max(0, i - 8); from < i; from++) {
      const text = tokens
        .slice(from, i)
        .map((t) => t.text)
        .join(' ');
      const a = index.find(text);
      if (a && a.kind !== 'person') return { key: a.key, country: a.country };
    }
    return { key: null, country: null };
  };

  const afterTitle = (
    sentence: Sentence,
    tokens: Token[],
    at: number,
    titleText: string,
    personCountry: string | null,
  ): { next: number; title: string; orgKey: string | null; country: string | null } => {
    let j = at;
    let title = titleText;
    let orgKey: string | null = null;
    let country = personCountry;
    // Up to three qualifiers in a row ("Ambassador of Finland to Chile", "Consul General of Italy
    // in Ho Chi Minh City"); an organisation ends the title.
    for (let step = 0; step < 3 && !orgKey; step++) {
      const from = j;
      // "Ambassador of Finland", "Ambassador of the Kingdom of the Netherlands": the person's country, said in the title.
      const ownFrom = isWord(tokens[j], 'of') ? (isWord(tokens[j + 1], 'the') ? j + 2 : j + 1) : -1;
      const ownCountry = ownFrom > 0 ? countryAt(tokens, ownFrom) : null;
      if (
        ownCountry &&
        !tokens[ownCountry.end - 1]!.possessive &&
        !parseOrg(tokens, ownFrom, body) &&
        !(tokens[ownCountry.end]?.cap && !tokens[ownCountry.end]!.punct && !parsePersonName(tokens, ownCountry.end))
      ) {
        title = `${title} of ${spanText(body, tokens, ownFrom, ownCountry.end - 1)}`;
        country ??= ownCountry.code;
        j = ownCountry.end;
      } else if (isWord(tokens[j], 'in') && tokens[j + 1]) {
        // "Consul General in Ho Chi Minh City", "Representative in Vietnam".
        let k = j + 1;
        if (isWord(tokens[k], 'the')) k++;
        const c = countryAt(tokens, k);
        let end = c ? c.end : k;
        if (!c) {
          for (let n = 4; n >= 1; n--) {
            const slice = tokens.slice(k, k + n);
            if (
              slice.length === n &&
              !slice.some((t) => t.punct) &&
              findCityMentions(slice.map((t) => t.text).join(' ')).some(
                (m) => m.end - m.start === slice.map((t) => t.text).join(' ').length,
              )
            ) {
              end = k + n;
              break;
            }
          }
        }
        if (end > k) {
          title = `${title} in ${spanText(body, tokens, k, end - 1)}`;
          j = end;
        }
      } else if (isWord(tokens[j], 'to') && tokens[j + 1]) {
        // "Ambassador to Vietnam"
        let k = j + 1;
        if (isWord(tokens[k], 'the')) k++;
        // "to Vietnam", "to the United States", "to the State of Qatar".
        const c = countryAt(tokens, k);
        if (c) {
          title = `${title} to ${spanText(body, tokens, k, c.end - 1)}`;
          j = c.end;
        }
      } else if (isWord(tokens[j], 'of', 'at', 'for') && tokens[j + 1]) {
        let k = j + 1;
        if (isWord(tokens[k], 'the')) k++;
        let owner: string | null = null;
        if (tokens[k]?.possessive && countryOfWord(tokens[k]!.text)) {
          owner = countryOfWord(tokens[k]!.text);
          k++;
        }
        const known = index.knownAt(tokens, k);
        const org = known ? null : parseOrg(tokens, k, body);
        if (known) {
          orgKey = known.actor.key;
          country ??= known.actor.country;
          j = known.to;
        } else if (org) {
          const actor = index.find(org.name);
          if (actor) {
            orgKey = actor.key;
            country ??= actor.country ?? owner;
          }
          j = org.to;
        } else if (tokens[k] && isPortfolio(tokens[k]!.text)) {
          // "Minister of Finance", "Deputy Minister of Science and Technology".
          let m = k;
          while (
            tokens[m] &&
            (isPortfolio(tokens[m]!.text) ||
              ((isWord(tokens[m], 'and', '&') || tokens[m]!.text === ',') &&
                tokens[m + 1] &&
                isPortfolio(tokens[m + 1]!.text)))
          ) {
            m++;
            if (tokens[m - 1]!.possessive) break;
          }
          // Leave at least two words for the name that follows.
          while (m > k + 1 && !parsePersonName(tokens, m) && parsePersonName(tokens, m - 1)) m--;
          const portfolio = tokens
            .slice(k, m)
            .map((t) => t.text)
            .join(' ')
            .replace(/ ,/g, ',');
          if (m > k) orgSpans.push({ start: tokens[k]!.start, end: tokens[m - 1]!.end });
          // "Minister of State for AI" is a junior minister's title, not a "Ministry of State".
          if (/^State\b/.test(portfolio)) title = `${title} of ${portfolio}`;
          if (/Minister/.test(titleText) && !/Minister of State/i.test(title)) {
            const ministry = `Ministry of ${portfolio}`;
            // The minister's country: stated, else told by the name that follows, else the home country.
            const following = parsePersonName(tokens, tokens[m]?.text === ',' ? m + 1 : m);
            const byName = following && VIETNAMESE_SURNAMES.has(following.name.split(' ')[0]!) ? 'VN' : null;
            const actor = index.upsert({
              name: ministry,
              kind: 'government_body',
              country: owner ?? country ?? byName ?? homeCountry,
              parentKey: null,
              passage: passageOf(sentence),
              confidence: 0.6,
              firstStart: tokens[k]!.start,
              title: null,
              affiliationKey: null,
              affiliationPassage: null,
              implied: true,
            });
            orgKey = actor.key;
            country ??= actor.country;
          } else {
            // "Cabinet Secretary for Energy and Petroleum": the ministry of that portfolio, when the story names it.
            const ministry = index.find(`Ministry of ${portfolio}`);
            if (ministry && ministry.kind === 'government_body') {
              orgKey = ministry.key;
              country ??= ministry.country;
            }
          }
          j = m;
        }
        // "(ACR)" after the organisation.
        if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')') j += 3;
        if (owner) country ??= owner;
      }
      if (j === from) break;
    }
    return { next: j, title, orgKey, country };
  };

  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      // (a) TITLE … NAME; business and academic titles are often written in lower case
      // ("THCT president Grace Wu", "group managing director and chief executive officer Lim
      // Chee Keong"): a lower-case title counts when a person's name follows it at once.
      let t = matchTitle(tokens, i);
      const lowerTitle = !t && /^\p{Ll}/u.test(tokens[i]!.text) ? matchTitle(tokens, i, true) : null;
      if (lowerTitle) {
        let end = lowerTitle.end;
        let title = lowerTitle.title;
        // "managing director and chief executive officer": two titles joined.
        const second = isWord(tokens[end], 'and') ? matchTitle(tokens, end + 1, true) : null;
        if (second) {
          title = `${title} and ${second.title}`;
          end = second.end;
        }
        // "vice minister of agriculture and rural affairs NAME", "minister of state for electronics
        // and information technology, NAME": a lower-case portfolio after the title.
        const portfolioFrom = end;
        while (isWord(tokens[end], 'of', 'for')) {
          let m = end + 1;
          while (m < end + 9 && tokens[m] && !tokens[m]!.punct && !tokens[m]!.cap) m++;
          if (m === end + 1) break;
          title = `${title} ${spanText(body, tokens, end, m - 1)}`;
          end = m;
        }
        // The portfolio is the title's, not a field the story is about (like a ministry's name).
        if (end > portfolioFrom && parsePersonName(tokens, tokens[end]?.text === ',' ? end + 1 : end))
          orgSpans.push({ start: tokens[portfolioFrom]!.start, end: tokens[end - 1]!.end });
        // "chief representative in Kenya".
        if (isWord(tokens[end], 'in')) {
          const place = countryAt(tokens, end + 1) ?? cityAt(tokens, end + 1);
          if (place) {
            title = `${title} in ${spanText(body, tokens, end + 1, place.end - 1)}`;
            end = place.end;
          }
        }
        // After a possessive ("Abisemi's executive director, NAME"), the name may follow a comma.
        const probe = tokens[end]?.text === ',' && i > 0 && tokens[i - 1]!.possessive ? end + 1 : end;
        const name = parsePersonName(tokens, probe);
        if (name?.name.includes(' ') && !cityOrCountry(name.name) && !index.find(name.name))
          t = { end, title: capitalise(title) };
      }
      if (t) {
        const pre = orgBefore(tokens, i);
        const after = afterTitle(sentence, tokens, t.end, t.title, pre.country);
        let j = after.next;
        if (tokens[j]?.text === ',') j++;
        // "Minister …, Chief NAME": "Chief" as a Nigerian honorific, before a name rather than a title.
        if (
          isWord(tokens[j], 'Chief') &&
          tokens[j + 1]?.cap &&
          !TITLE_WORDS.has(tokens[j + 1]!.text) &&
          parsePersonName(tokens, j + 1)
        )
          j++;
        const name = parsePersonName(tokens, j);
        if (name) {
          addPerson(
            sentence,
            tokens,
            name,
            after.title,
            after.orgKey ?? pre.key,
            after.country ?? pre.country ?? (pre.key ? (index.get(pre.key)?.country ?? null) : null),
            0.9,
            i,
          );
          i = name.to - 1;
          continue;
        }
      }
      // (b) NAME, [the] TITLE [of ORG]  — appositive; also after a possessive ("Chulalongkorn’s NAME, associate professor …")
      if (tokens[i]!.cap && (i === 0 || !tokens[i - 1]!.cap || tokens[i - 1]!.punct || tokens[i - 1]!.possessive)) {
        const name = parsePersonName(tokens, i);
        if (name && tokens[name.to]?.text === ',') {
          let k = name.to + 1;
          if (isWord(tokens[k], 'the', 'a', 'an')) k++;
          let country: string | null = null;
          if (tokens[k] && countryOfWord(tokens[k]!.text) && matchTitle(tokens, k + 1, true)) {
            country = countryOfWord(tokens[k]!.text);
            k++;
          }
          const t2 = matchTitle(tokens, k, true);
          if (t2 && !cityOrCountry(name.name)) {
            const after = afterTitle(sentence, tokens, t2.end, capitalise(t2.title), country);
            addPerson(sentence, tokens, name, after.title, after.orgKey, after.country, 0.8, null);
            i = after.next - 1;
            continue;
          }
          // "NAME, who leads …", "NAME, an agricultural economist at …", "NAME, ACIAR's Regional
          // Manager for …": an appositive that says what a person does.
          // Not the end of a title ("State Secretary for Climate, Energy and Utilities NAME, who …").
          const endOfTitle = i > 0 && /^(?:of|for|and|the|to|on|in)$/.test(tokens[i - 1]!.text);
          if (
            !t2 &&
            !endOfTitle &&
            !cityOrCountry(name.name) &&
            !index.find(name.name) &&
            !knownSuffix(name.name) &&
            describesAPerson(tokens, name.to + 1)
          ) {
            addPerson(sentence, tokens, name, null, null, null, 0.7, null);
            i = name.to - 1;
            continue;
          }
        }
      }
      // (c) Dr./Prof./Mr. NAME
      if (
        HONORIFIC_WORDS.has(tokens[i]!.text) &&
        /^(?:Dr|Prof|Mr|Mrs|Ms|Madam|Academician|Assoc|Shri|Smt|Engr|Eng\.|Lt|Maj|Brig|Col|Capt)/.test(tokens[i]!.text)
      ) {
        const name = parsePersonName(tokens, i);
        if (name && !cityOrCountry(name.name)) {
          addPerson(sentence, tokens, name, null, null, null, 0.75, null);
          i = name.to - 1;
        }
      }
    }
  }
  // (d) Vietnamese full names without a title ("Nguyen Van An said"), "said NAME" and "NAME said".
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      const tk = tokens[i]!;
      if (!tk.cap || (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct)) continue;
      const saidBefore = i > 0 && /^(?:said|says|according to|told)$/i.test(tokens[i - 1]!.text);
      const name = parsePersonName(tokens, i, VIETNAMESE_SURNAMES.has(tk.text) ? 3 : 2);
      // "… Anna Pryce said", "Joost van Rijn told reporters": a name before a verb of speech.
      // Not the end of a title ("Minister of Health Tran Van Thuan said", "for the Indo-Pacific, Anna Pryce, said").
      const before = tokens[i - 1];
      const saidAfter =
        !!name &&
        name.to - name.from <= 4 &&
        SPEECH_VERB.test(tokens[name.to]?.text ?? '') &&
        (!before ||
          (before.punct ? before.text !== ',' : !before.cap && !/^(?:of|for|and|the|to|on|in)$/.test(before.text))) &&
        !knownSuffix(name.name);
      if (!VIETNAMESE_SURNAMES.has(tk.text) && !saidBefore && !saidAfter) continue;
      if (!name || index.find(name.name) || cityOrCountry(name.name)) continue;
      // "Al Mansoori said", "Faisal Al-Shehri said": a shorter form of a person named before.
      const longer = shortFormOf(name.name);
      if (longer) {
        index.alias(longer, name.name);
        i = name.to - 1;
        continue;
      }
      const next = tokens[name.to];
      if (next?.cap && !next.punct) continue;
      if (findCityMentions(name.name).length) continue;
      if (!VIETNAMESE_SURNAMES.has(tk.text) && !saidAfter && !(next === undefined || next.punct)) continue;
      addPerson(sentence, tokens, name, null, null, null, 0.6, null);
      i = name.to - 1;
    }
  }
}
