// Pass 3: organisations named by what they do rather than by a head noun: makers ("developed by
// X"), the sides of a relation ("between X and Y", "X and Y signed", "signed … with Y"), places
// visited that are not cities, names after a lower-case description ("the Dutch research institute
// Deltares"), appositives ("X, a Dutch research institute") and lists ("companies such as X and Y").
import type { ActorKind } from '../../../../schema/tables.ts';
import { countryOfWord, findCityMentions } from '../gazetteer.ts';
import {
  kindOfNoun,
  LEGAL_SUFFIXES,
  NAME_PARTICLES,
  NON_ORG_ENDINGS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  TITLE_WORDS,
  VIETNAMESE_SURNAMES,
} from '../lexicon.ts';
import { passageOf, type Sentence } from '../text.ts';
import { spanText, type Token } from '../tokens.ts';
import type { ActorDraft } from './actor-index.ts';
import { MONTH_ABBREVIATIONS, PARTICLES, isStop, isWord, countryAt, cityAt, cityOrCountry } from './names.ts';
import type { ActorContext } from './context.ts';

export function findNamedSides(ctx: ActorContext): void {
  const { sentences, tokensOf, body, index, orgSpans } = ctx;

  // ── Pass 3: named makers and sides ("developed by X", "between X and Y", "X and Y signed") ──
  const guessActor = (
    sentence: Sentence,
    tokens: Token[],
    from: number,
    opts: { allowAnd?: boolean; country?: string | null; kind?: ActorKind } = {},
  ): { actor: ActorDraft; to: number } | null => {
    if (isWord(tokens[from], 'the')) from++;
    // "the French state-owned Thales": a nationality and lower-case descriptions before the name.
    while (
      tokens[from] &&
      ((countryOfWord(tokens[from]!.text) && tokens[from + 1] && !tokens[from + 1]!.cap && !tokens[from + 1]!.punct) ||
        /^\p{Ll}+-\p{Ll}+$/u.test(tokens[from]!.text))
    )
      from++;
    // "Abu Dhabi’s Technology Innovation Institute", "Japan’s NEC": the place only says where.
    const place = countryAt(tokens, from) ?? cityAt(tokens, from);
    if (place && tokens[place.end - 1]!.possessive && tokens[place.end]?.cap && !tokens[place.end]!.punct)
      from = place.end;
    // "Abu Dhabi-based AI company G42": the place says where; what follows it up to a kind noun
    // describes the organisation, whose name comes after the noun.
    for (let b = from; b < from + 4 && tokens[b]?.cap && !tokens[b]!.punct; b++) {
      if (!/-based$/u.test(tokens[b]!.text)) continue;
      let r = b + 1;
      while (tokens[r]?.cap && !tokens[r]!.punct) r++;
      if (tokens[r] && !tokens[r]!.punct && kindOfNoun(tokens[r]!.text)) return null;
      from = b + 1;
      break;
    }
    const known = index.knownAt(tokens, from);
    if (known) return known;
    const tk = tokens[from];
    // A word inside a name already read ("… Planning, Development and Special Initiatives") starts no
    // other, nor does the first word of one ("Wageningen University & Research"); nor a month ("Feb 13").
    if (tk && orgSpans.some((o) => o.start <= tk.start && tk.end < o.end)) return null;
    if (tk && MONTH_ABBREVIATIONS.test(tk.text)) return null;
    if (!tk || tk.punct || !tk.cap || isStop(tk) || TITLE_WORDS.has(tk.text) || NOT_NAME_WORDS.has(tk.text))
      return null;
    if (countryOfWord(tk.text) || findCityMentions(tk.text).length) return null;
    let j = from;
    for (;;) {
      const t = tokens[j];
      if (!t || t.punct || j - from >= 6) break;
      if (
        opts.allowAnd &&
        j > from &&
        isWord(t, 'and', '&') &&
        tokens[j + 1]?.cap &&
        !tokens[j + 1]!.punct &&
        !(tokens[j + 2]?.cap && !tokens[j + 2]!.punct)
      ) {
        j++;
        continue;
      }
      // Particles inside a name ("Politecnico di Milano", "Banco do Brasil").
      if (
        j > from &&
        !t.cap &&
        (PARTICLES.has(t.text) || NAME_PARTICLES.has(t.text) || /^(?:für|fur)$/.test(t.text)) &&
        !isWord(t, 'y', 'la', 'le') &&
        tokens[j + 1]?.cap &&
        !tokens[j + 1]!.punct
      ) {
        j++;
        continue;
      }
      if (!t.cap || TITLE_WORDS.has(t.text) || isStop(t)) break;
      j++;
      if (t.possessive) break;
    }
    if (j === from) return null;
    const words = tokens.slice(from, j);
    if (words.some((w) => countryOfWord(w.text) && words.length === 1)) return null;
    if (NON_ORG_ENDINGS.has(words[words.length - 1]!.text)) return null;
    // A head or legal form alone, or a head cut from its "of …", is not a name.
    if (words.length === 1 && (ORG_HEADS[words[0]!.text] || LEGAL_SUFFIXES.includes(words[0]!.text))) return null;
    if (ORG_HEADS[words[words.length - 1]!.text] && isWord(tokens[j], 'of', 'for')) return null;
    const name = spanText(body, tokens, from, j - 1);
    // A Vietnamese-style full name is a person.
    // A province or prefecture named as a side acts through its government ("Yunnan Province and Luang Prabang Province agreed …").
    const localGovernment =
      words.length >= 2 && /^(?:Province|Prefecture|Region|Municipality)$/.test(words[words.length - 1]!.text);
    const kind: ActorKind =
      VIETNAMESE_SURNAMES.has(words[0]!.text) && words.length >= 3
        ? 'person'
        : localGovernment
          ? 'government_body'
          : (opts.kind ?? 'company');
    const actor = index.upsert({
      name,
      kind,
      country: opts.country ?? null,
      parentKey: null,
      passage: passageOf(sentence),
      confidence: 0.55,
      firstStart: words[0]!.start,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
      kindGuessed: !opts.kind && kind !== 'person',
    });
    orgSpans.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    return { actor, to: j };
  };

  /** Kind and country an appositive or list noun phrase gives: "a Dutch research institute", "Toronto-based startup". */
  const describe = (tokens: Token[], k: number): { kind: ActorKind; country: string | null; end: number } | null => {
    let kind: ActorKind | null = null;
    let country: string | null = null;
    let j = k;
    for (; j < tokens.length && j - k < 7; j++) {
      const t = tokens[j]!;
      if (
        t.punct ||
        isWord(
          t,
          'that',
          'which',
          'who',
          'whose',
          'with',
          'in',
          'of',
          'for',
          'from',
          'on',
          'at',
          'to',
          'by',
          'and',
          'or',
          'such',
          'including',
          'like',
        )
      ) {
        if (kind || !isWord(t, 'and')) break;
        continue;
      }
      const c = countryOfWord(t.text);
      const based = /^(.+)-based$/u.exec(t.text);
      if (c && !kind) {
        country ??= c;
        continue;
      }
      if (based) {
        country ??= countryOfWord(based[1]!) ?? findCityMentions(based[1]!)[0]?.code ?? null;
        continue;
      }
      if (t.cap && !/^NGOs?$/.test(t.text)) break;
      // The last kind noun of the phrase decides ("a university spin-off" is a company); a two-word noun first.
      const two = tokens[j + 1] && !tokens[j + 1]!.punct ? kindOfNoun(`${t.text} ${tokens[j + 1]!.text}`) : null;
      if (two) {
        kind = two;
        j++;
        continue;
      }
      const one = kindOfNoun(t.text);
      if (one) {
        kind = one;
        continue;
      }
      // "a company spokesman", "a university researcher": a person described, not an organisation.
      if (kind && PERSON_ROLE.test(t.text)) return null;
      // A participle after the noun ends the phrase ("a startup building …"); before it, it describes ("a drilling firm").
      if (kind && /(?:ing|ed)$/.test(t.text)) break;
    }
    if (!kind) return null;
    // "… based in São José dos Campos".
    if (!country && isWord(tokens[j], 'based') && isWord(tokens[j + 1], 'in')) {
      const place = countryAt(tokens, j + 2 + (isWord(tokens[j + 2], 'the') ? 1 : 0));
      country =
        place?.code ??
        (tokens[j + 2]
          ? (findCityMentions(
              tokens
                .slice(j + 2, j + 6)
                .map((t) => t.text)
                .join(' '),
            )[0]?.code ?? null)
          : null);
    }
    return { kind, country, end: j };
  };
  const PERSON_ROLE =
    /^(?:spokes(?:man|woman|person)|officials?|executives?|directors?|representatives?|engineers?|researchers?|scientists?|employees?|staff|chief|head|leaders?|founders?|managers?|veterans?|members?|advis[eo]rs?|analysts?|experts?|professors?|students?|graduates?|alumn[ia]|lecturers?|officers?|delegates?)$/i;
  /** Applies what an appositive or list says about an organisation already found. */
  const describeActor = (actor: ActorDraft, kind: ActorKind, country: string | null) => {
    if (actor.kind === 'person' || actor.kind === 'state') return;
    if (actor.kindGuessed) {
      actor.kind = kind;
      actor.kindGuessed = false;
    }
    if (!actor.country && country) actor.country = country;
  };
  /** The organisation named right before token i ("…, Deltares, a Dutch …", "Vietnam Electricity (EVN), a …"). */
  const nameEndingAt = (
    sentence: Sentence,
    tokens: Token[],
    i: number,
    kind: ActorKind,
    country: string | null,
  ): ActorDraft | null => {
    let end = i - 1;
    if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(') end -= 3;
    if (end < 0 || tokens[end]!.punct) return null;
    for (let from = Math.max(0, end - 10); from <= end; from++) {
      const text = body.slice(tokens[from]!.start, tokens[end]!.end).replace(/['’]s$/u, '');
      const a = index.find(text);
      if (a && (a.kind === 'person' || a.kind === 'state')) return null;
      if (a) return a;
    }
    let from = end;
    while (
      from >= 0 &&
      tokens[from]!.cap &&
      !tokens[from]!.punct &&
      !TITLE_WORDS.has(tokens[from]!.text) &&
      !isStop(tokens[from])
    )
      from--;
    from++;
    if (from > end || tokens[end]!.possessive) return null;
    const words = tokens.slice(from, end + 1);
    const name = spanText(body, tokens, from, end);
    if (cityOrCountry(name) || words.every((w) => countryOfWord(w.text))) return null;
    if (VIETNAMESE_SURNAMES.has(words[0]!.text) && words.length >= 3) return null;
    if (words.length === 1 && (ORG_HEADS[words[0]!.text] || NOT_NAME_WORDS.has(words[0]!.text))) return null;
    if (NON_ORG_ENDINGS.has(words[words.length - 1]!.text)) return null;
    const actor = index.upsert({
      name,
      kind,
      country,
      parentKey: null,
      passage: passageOf(sentence),
      confidence: 0.7,
      firstStart: words[0]!.start,
      title: null,
      affiliationKey: null,
      affiliationPassage: null,
      implied: false,
    });
    orgSpans.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    return actor;
  };
  const MAKER =
    /^(?:implemented|developed|introduced|presented|built|led|run|operated|provided|offered|designed|manufactured|produced|supplied|funded|sponsored|organised|organized|hosted|co-organised|co-hosted|launched|established|founded|unveiled|showcased|deployed|delivered|financed|backed|made|applications|solutions|technologies|products|systems|services)$/i;
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!;
      // "Deltares, a Dutch research institute": an appositive gives the kind and the country.
      // So does an owner's ("Energinet, Denmark’s transmission system operator", "Metfone, Viettel’s subsidiary").
      // The owner may be named in several words ("CanmetMINING, Natural Resources Canada’s mining research laboratory").
      let ownerAt = i + 1;
      while (
        w.text === ',' &&
        ownerAt < i + 4 &&
        tokens[ownerAt]?.cap &&
        !tokens[ownerAt]!.punct &&
        !tokens[ownerAt]!.possessive
      )
        ownerAt++;
      const owner = w.text === ',' && tokens[ownerAt]?.possessive && tokens[ownerAt]!.cap ? tokens[ownerAt]! : null;
      if (w.text === ',' && i > 0 && (isWord(tokens[i + 1], 'a', 'an', 'the') || owner)) {
        const d = describe(tokens, owner ? ownerAt + 1 : i + 2);
        if (d) {
          const country = d.country ?? (owner ? countryOfWord(owner.text) : null);
          const actor = nameEndingAt(sentence, tokens, i, d.kind, country);
          if (actor) describeActor(actor, d.kind, country);
        }
      }
      // "the Dutch applied research institute Deltares", "Denmark’s transmission system operator
      // Energinet", "telecom operator Viettel": a lower-case description ending in a kind noun,
      // then the name.
      const opensDescription =
        i === 0 ||
        isWord(tokens[i - 1], 'the', 'a', 'an') ||
        tokens[i - 1]!.possessive ||
        tokens[i - 1]!.punct ||
        !!countryOfWord(tokens[i - 1]!.text);
      if (opensDescription && !w.punct && !w.cap) {
        const d = describe(tokens, i);
        const head = d ? tokens[d.end - 1] : undefined;
        const headIsKind =
          !!head &&
          !head.punct &&
          (!!kindOfNoun(head.text) || (d!.end - 2 >= i && !!kindOfNoun(`${tokens[d!.end - 2]!.text} ${head.text}`)));
        // "France's national institute for digital science, Inria, and …": the description's own
        // field ("for …"), then the name between commas, closed by a comma, "(" or "and".
        let at = d && headIsKind ? d.end : -1;
        if (at >= 0 && isWord(tokens[at], 'for', 'of', 'on')) {
          let e = at + 1;
          while (e < at + 6 && tokens[e] && !tokens[e]!.punct && !tokens[e]!.cap) e++;
          let r = e + 1;
          while (tokens[r]?.cap && !tokens[r]!.punct) r++;
          at =
            tokens[e]?.text === ',' &&
            r > e + 1 &&
            (tokens[r]?.text === ',' || tokens[r]?.text === '(' || isWord(tokens[r], 'and'))
              ? e + 1
              : -1;
        }
        if (d && headIsKind && at >= 0 && !/s$/.test(head!.text) && tokens[at]?.cap && !tokens[at]!.punct) {
          const found = guessActor(sentence, tokens, at, {
            kind: d.kind,
            country: d.country ?? (tokens[i - 1] ? countryOfWord(tokens[i - 1]!.text.replace(/['’]s$/u, '')) : null),
          });
          if (found) {
            describeActor(found.actor, d.kind, d.country);
            i = found.to - 1;
            continue;
          }
        }
      }
      // "Dutch companies such as X and Y", "Japanese universities including X": listed organisations.
      const listAt = isWord(w, 'such') && isWord(tokens[i + 1], 'as') ? i + 2 : isWord(w, 'including') ? i + 1 : -1;
      if (listAt > 0 && i > 0) {
        let start = i - 1;
        while (
          start > 0 &&
          i - start < 4 &&
          !tokens[start - 1]!.punct &&
          (!tokens[start - 1]!.cap || !!countryOfWord(tokens[start - 1]!.text)) &&
          !isWord(tokens[start - 1], 'and', 'or', 'the', 'a', 'an', 'other', 'many', 'several', 'some')
        )
          start--;
        const d = describe(tokens, start);
        if (d && d.end === i && /s$/.test(tokens[i - 1]!.text)) {
          let k = listAt;
          for (let n = 0; n < 8; n++) {
            const found = guessActor(sentence, tokens, k, { kind: d.kind, country: d.country });
            if (!found) break;
            describeActor(found.actor, d.kind, d.country);
            k = found.to;
            if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
            if (tokens[k]?.text === ',' && isWord(tokens[k + 1], 'and', 'or')) k += 2;
            else if (tokens[k]?.text === ',' || isWord(tokens[k], 'and', 'or')) k += 1;
            else break;
          }
        }
      }
      // "Abu Dhabi-based Nahr Digital Infrastructure": a place, "-based", then the name.
      // (guessActor from the "-based" word itself leaves out a description: "Abu Dhabi-based AI company G42".)
      const basedIn = /^(.+)-based$/u.exec(w.text);
      if (basedIn && tokens[i + 1]?.cap && !tokens[i + 1]!.punct) {
        const place = basedIn[1]!;
        const wider = i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct ? `${tokens[i - 1]!.text} ${place}` : null;
        const cityCode = (name: string) =>
          findCityMentions(name).find((c) => c.end - c.start === name.length)?.code ?? null;
        const country = countryOfWord(place) ?? (wider ? cityCode(wider) : null) ?? cityCode(place);
        if (country) {
          const found = guessActor(sentence, tokens, i, { country });
          if (found) {
            i = found.to - 1;
            continue;
          }
        }
      }
      if (isWord(w, 'by') && i > 0 && MAKER.test(tokens[i - 1]!.text)) {
        const first = guessActor(sentence, tokens, i + 1);
        if (first && isWord(tokens[first.to], 'and')) guessActor(sentence, tokens, first.to + 1);
      } else if (isWord(w, 'between') && tokens[i + 1]) {
        const a = guessActor(sentence, tokens, i + 1);
        if (a && isWord(tokens[a.to], 'and')) guessActor(sentence, tokens, a.to + 1);
      } else if (isWord(w, 'visited', 'visiting', 'toured') && tokens[i + 1]) {
        // "The delegation visited Airbus Defence and Space": a place that is not a city or country is an organisation.
        guessActor(sentence, tokens, i + 1, { allowAnd: true });
      } else if (
        /^(?:company|firm|group|corporation|startup|start-up|chipmaker|carmaker|manufacturer|developer|operator|provider|supplier|conglomerate|giant|investor|insurer|lender)$/.test(
          w.text,
        ) &&
        tokens[i + 1]?.cap
      ) {
        // "the Belgian firm Spacebel", "Australian company SunGrid Energy", "tech giant Samsung".
        const prev = tokens[i - 1];
        const prev2 = tokens[i - 2];
        const demonym =
          prev && countryOfWord(prev.text)
            ? countryOfWord(prev.text)
            : prev2 && countryOfWord(prev2.text)
              ? countryOfWord(prev2.text)
              : null;
        const found = guessActor(sentence, tokens, i + 1, { country: demonym });
        if (found && demonym && !found.actor.country) found.actor.country = demonym;
      } else if (isWord(w, 'signed', 'inked', 'agreed') && i > 0) {
        // "A and B signed": the names opening the clause, right before the verb.
        const before = tokens[i - 1]!;
        // The clause opens at a punctuation mark other than "&" or an acronym's brackets ("while
        // Naver Cloud and the UAE's Technology Innovation Institute (TII) agreed …").
        const opensClause = (t: Token) => t.punct && t.text !== '&' && t.text !== '(' && t.text !== ')';
        const lastIsName =
          (before.cap && !before.punct && !ORG_HEADS[before.text] && !index.knownAt(tokens, i - 1)) ||
          before.text === ')';
        if (lastIsName) {
          let c = i - 1;
          while (c > 0 && !opensClause(tokens[c - 1]!) && !isWord(tokens[c - 1], 'while', 'whereas')) c--;
          const a = guessActor(sentence, tokens, c);
          if (a && a.to < i && isWord(tokens[a.to], 'and')) guessActor(sentence, tokens, a.to + 1);
        }
        // "A signed … with B", "A agreed with B".
        for (let k = i + 1; k < Math.min(tokens.length, i + 14); k++) {
          if (isWord(tokens[k], 'with')) {
            guessActor(sentence, tokens, k + 1);
            break;
          }
        }
      }
    }
  }
}
