// Pass 1: blocs ("European Union", "ASEAN") first, so they keep the kind intergovernmental; then
// organisations built around a head noun ("Ministry of …", "… University", "… Ltd"), with acronyms
// and short forms in parentheses, the owner's country ("Vietnam's Ministry of …"), where they are
// based ("… in the United Kingdom"), and which sits under which ("… under the Ministry of …").
import { countryOfWord } from '../gazetteer.ts';
import { BLOCS, LEGAL_SUFFIXES, ORG_HEADS } from '../lexicon.ts';
import { passageOf, phraseRegExp } from '../text.ts';
import { parenthesisedWord, spanText, type Token } from '../tokens.ts';
import type { ActorDraft } from './actor-index.ts';
import {
  DIPLOMATIC_MISSION,
  isWord,
  countryAt,
  cityAt,
  parseOrg,
  acronymDefinedOrg,
  acronymAt,
  shortFormAt,
  knownAsAt,
  cityOrCountry,
} from './names.ts';
import type { ActorContext } from './context.ts';

/** Words after a province's or city's name that make it the place of local government. */
const LOCAL_GOVERNMENT = /^(?:province|provincial|municipal|municipality|prefecture|prefectural)$/;

/**
 * "Brazilian Agricultural Research Corporation (Embrapa)": a one-word name in parentheses after an
 * organisation's, not a place, that the story goes on to use on its own: the organisation's short
 * name, whatever its letters (shortFormAt needs them to spell the name).
 */
function usedShortForm(tokens: Token[], k: number, body: string): { text: string; end: number } | null {
  const word = parenthesisedWord(tokens, k);
  if (!word || !/^\p{Lu}[\p{L}-]{2,}$/u.test(word.text)) return null;
  if (cityOrCountry(word.text) || ORG_HEADS[word.text]) return null;
  const uses = body.match(new RegExp(`(?<![\\p{L}])${word.text}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  return uses >= 3 ? { text: word.text, end: k + 3 } : null;
}

export function findOrganisations(ctx: ActorContext): void {
  const { sentences, tokensOf, body, index, orgSpans } = ctx;
  // Blocs first, so that a name like "European Union" keeps the kind intergovernmental.
  const blocRe = phraseRegExp(
    BLOCS.flatMap((b) => [b.name, ...b.aliases]),
    'gu',
  );
  for (const sentence of sentences) {
    blocRe.lastIndex = 0;
    for (const m of sentence.text.matchAll(blocRe)) {
      const bloc = BLOCS.find((b) => b.name === m[0] || b.aliases.includes(m[0]))!;
      index.upsert({
        name: bloc.name,
        kind: 'intergovernmental',
        country: null,
        aliases: bloc.aliases,
        parentKey: null,
        passage: passageOf(sentence),
        confidence: 0.8,
        firstStart: sentence.start + m.index,
        title: null,
        affiliationKey: null,
        affiliationPassage: null,
        implied: false,
      });
    }
  }

  // ── Pass 1: organisations, acronyms, blocs ──────────────────────────────────────────────
  // The province or city a story's "provincial" and "municipal" bodies belong to, as last named.
  let province: string | null = null;
  for (const sentence of sentences) {
    const tokens = tokensOf[sentence.index]!;
    let lastOrg: { actor: ActorDraft; to: number } | null = null;
    for (let i = 0; i < tokens.length; i++) {
      // "Bac Ninh province", "the Bac Ninh provincial People's Committee": the place is remembered.
      const placeWord = LOCAL_GOVERNMENT.exec(tokens[i]!.text);
      if (placeWord && i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct) {
        let k = i - 1;
        while (k > 0 && k > i - 3 && tokens[k - 1]!.cap && !tokens[k - 1]!.punct && !isWord(tokens[k - 1], 'The')) k--;
        province = spanText(body, tokens, k, i - 1);
      }
      // "Vietnam's Ministry of …": the possessive gives the country.
      let owner: string | null = null;
      const ownerStart = i;
      const ownerCountry = countryAt(tokens, i);
      if (ownerCountry && tokens[ownerCountry.end - 1]!.possessive) {
        owner = ownerCountry.code;
        if (!tokens[ownerCountry.end] || !tokens[ownerCountry.end]!.cap) continue;
        i = ownerCountry.end;
      }
      let org = parseOrg(tokens, i, body);
      const defined = acronymDefinedOrg(tokens, i, body);
      // "Helmholtz Institute Freiberg for Resource Technology (HIF)": an acronym in parentheses
      // whose letters the words up to it begin with says where the name ends, past where the heads did.
      if (!org) org = defined;
      else if (defined && defined.to > org.to && !acronymAt(tokens, org.to, body))
        org = { ...defined, kind: org.kind, country: defined.country ?? org.country };
      if (!org) continue;
      // "the (Bac Ninh) provincial Department of Planning and Investment" is that province's department.
      if (
        province &&
        org.kind === 'government_body' &&
        i > 0 &&
        LOCAL_GOVERNMENT.test(tokens[i - 1]!.text) &&
        /^(?:provincial|municipal)$/.test(tokens[i - 1]!.text)
      ) {
        org = { ...org, name: `${province} ${org.name}` };
      }
      // "University of X – University of Y": a member institution named after its parent.
      if ((tokens[org.to]?.text === '–' || tokens[org.to]?.text === '-') && !tokens[org.to - 1]!.possessive) {
        const second = parseOrg(tokens, org.to + 1, body);
        if (second && second.kind === org.kind)
          org = {
            ...second,
            from: org.from,
            name: spanText(body, tokens, org.from, second.to - 1),
            country: org.country ?? second.country,
          };
      }
      let to = org.to;
      const aliases: string[] = [];
      // "Name (ACR)".
      const acr = acronymAt(tokens, to, body) ?? shortFormAt(tokens, to, org.name) ?? usedShortForm(tokens, to, body);
      if (acr) {
        aliases.push(acr.text);
        to = acr.end;
      }
      const knownAs = knownAsAt(tokens, to, body);
      if (knownAs && !countryOfWord(knownAs.text)) {
        aliases.push(knownAs.text);
        to = knownAs.end;
      }
      let country = owner ?? org.country;
      // "… in the United Kingdom": where it is based.
      let k = to;
      let placeEnd: number | null = null;
      if (isWord(tokens[k], 'in')) {
        k++;
        if (isWord(tokens[k], 'the')) k++;
        const c = countryAt(tokens, k);
        if (c) {
          country = c.code;
          placeEnd = c.end;
        } else {
          const city = cityAt(tokens, k);
          if (city && !country) country = city.code;
          if (city) placeEnd = city.end;
        }
      }
      // "… under the Ministry of Finance": the previous organisation sits under this one.
      const between = lastOrg ? body.slice(tokens[lastOrg.to - 1]!.end, tokens[org.from]!.start) : '';
      // "the Institute for Quantum Computing (IQC) at the University of Waterloo": an institute or centre at a university.
      const atUniversity =
        !!lastOrg &&
        org.kind === 'university' &&
        lastOrg.actor.kind === 'research_institute' &&
        /^\s*(?:\([^()]*\)\s*)?,?\s*at\s+(?:the\s+)?$/i.test(between);
      const isParentOfLast =
        !!lastOrg &&
        (/^\s*,?\s*(?:under|of|affiliated (?:to|with)|belonging to|part of|within)\s+(?:the\s+)?$/i.test(between) ||
          atUniversity);
      let name = org.name;
      // A diplomatic mission is named with its place ("Embassy of France in Vietnam", "U.S.
      // Embassy in Manila"): one country has several.
      if (placeEnd !== null && to === org.to && DIPLOMATIC_MISSION.test(name)) {
        aliases.push(name);
        name = spanText(body, tokens, org.from, placeEnd - 1);
        to = placeEnd;
      }
      if (owner) aliases.push(spanText(body, tokens, ownerStart, org.to - 1));
      // Legal-form suffix dropped ("Acme Ltd" → "Acme").
      if (org.kind === 'company') {
        for (const suffix of LEGAL_SUFFIXES) {
          if (name.endsWith(` ${suffix}`)) {
            const short = name
              .slice(0, -suffix.length - 1)
              .replace(/,$/, '')
              .trim();
            if (short.length >= 2 && !countryOfWord(short) && !ORG_HEADS[short]) aliases.push(short);
            break;
          }
        }
      }
      const actor = index.upsert({
        name,
        kind: org.kind,
        country,
        aliases,
        parentKey: null,
        passage: passageOf(sentence),
        confidence: 0.85,
        firstStart: tokens[org.from]!.start,
        title: null,
        affiliationKey: null,
        affiliationPassage: null,
        implied: false,
      });
      if (isParentOfLast && lastOrg && lastOrg.actor !== actor) {
        lastOrg.actor.parentKey = actor.key;
        if (!lastOrg.actor.country && actor.country) lastOrg.actor.country = actor.country;
      }
      orgSpans.push({
        start: tokens[org.from]!.start,
        end: tokens[Math.max(org.to, name === org.name ? org.to : to) - 1]!.end,
      });
      lastOrg = { actor, to };
      i = to - 1;
    }
  }
}
