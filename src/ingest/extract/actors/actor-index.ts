// The actors of one article as they are found: drafts keyed by a local key, with every name and
// alias that refers to them (case- and diacritic-insensitive; acronyms case-sensitive).
import type { ActorKind } from '../../../../schema/tables.ts';
import type { Passage } from '../../types.ts';
import type { Token } from '../tokens.ts';
import { countryInfo, countryOfWord, findCityMentions } from '../gazetteer.ts';
import { nameKey, slugify } from '../text.ts';
import { CORPORATE_WORDS } from './names.ts';

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  aliases: Set<string>;
  parentKey: string | null;
  passage: Passage;
  confidence: number;
  /** Where the actor was introduced (body offset). */
  firstStart: number;
  /** People: title and organisation. */
  title: string | null;
  affiliationKey: string | null;
  affiliationPassage: Passage | null;
  /** Known only through a person's title ("Deputy Minister of Finance" → Ministry of Finance). */
  implied: boolean;
  /** The kind is a default (a bare name with no head noun), so a later appositive may correct it. */
  kindGuessed?: boolean;
}

export interface ActorMention {
  key: string;
  start: number;
  end: number;
  sentence: number;
}

/** Honorifics before a name ("Prof. Dr. ", "Assoc. Prof. ", "Dr "). */
const HONORIFIC_LEAD = /^(?:(?:Assoc\.?|Associate|Prof\.?|Professor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Academician|H\.E\.)\s+)+/u;

/** A leading "<place>-based " (or -headquartered, -listed) before an organisation's name. */
const DESCRIBED = /^([\p{L}\p{M}.' ]+?)-(?:based|headquartered|listed|registered) (?=\p{Lu})/u;

export class ActorIndex {
  readonly byKey = new Map<string, ActorDraft>();
  private readonly byName = new Map<string, string>();

  get(key: string): ActorDraft | undefined {
    return this.byKey.get(key);
  }

  /** The actor a name or alias refers to (case- and diacritic-insensitive; acronyms case-sensitive). */
  find(name: string): ActorDraft | undefined {
    const exact = this.byName.get(name);
    if (exact) return this.byKey.get(exact);
    if (/^[A-Z][A-Za-z]*[A-Z]/.test(name) && name.length <= 6) {
      // acronyms: allow case variants only ("MOIT" vs "MoIT")
      const folded = this.byName.get(`acr:${name.toUpperCase()}`);
      return folded ? this.byKey.get(folded) : undefined;
    }
    const key = this.byName.get(`key:${nameKey(name)}`);
    return key ? this.byKey.get(key) : undefined;
  }

  addName(key: string, name: string): void {
    if (!this.byName.has(name)) this.byName.set(name, key);
    if (/^[A-Z][A-Za-z]*[A-Z]/.test(name) && name.length <= 6 && !this.byName.has(`acr:${name.toUpperCase()}`))
      this.byName.set(`acr:${name.toUpperCase()}`, key);
    const k = `key:${nameKey(name)}`;
    if (!this.byName.has(k)) this.byName.set(k, key);
  }

  upsert(draft: Omit<ActorDraft, 'key' | 'aliases'> & { aliases?: string[] }): ActorDraft {
    // "Prof. Rachel Whitfield" read as the name of an organisation (a side of a signing, say) is a
    // person: honorifics come before people's names only.
    const honorific = draft.kind !== 'person' && draft.kind !== 'state' ? HONORIFIC_LEAD.exec(draft.name) : null;
    if (honorific && /^\p{Lu}\S*\s+\p{Lu}/u.test(draft.name.slice(honorific[0].length))) {
      return this.upsert({
        ...draft,
        name: draft.name.slice(honorific[0].length),
        kind: 'person',
        parentKey: null,
        kindGuessed: false,
      });
    }
    // "Khiem" or "Raghavan" offered as an organisation (a side of a signing, say) is a person
    // already known by that surname or given name.
    if (draft.kind !== 'person' && draft.kind !== 'state' && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(draft.name)) {
      const person = this.personNamed(draft.name);
      if (person) return person;
    }
    // "About Lianfa Photonics Corp.": a press release's closing section heading, not a name.
    if (draft.kind !== 'person' && /^About \p{Lu}/u.test(draft.name) && draft.name.split(' ').length >= 3) {
      return this.upsert({ ...draft, name: draft.name.slice('About '.length) });
    }
    // "Penang-based Kelana Precision Engineering": a leading "<place>-based" describes the
    // organisation and is not part of its name; the place may give its country.
    const described = draft.kind !== 'person' ? DESCRIBED.exec(draft.name) : null;
    if (described) {
      const place = described[1]!;
      const country = draft.country ?? countryOfWord(place) ?? findCityMentions(place)[0]?.code ?? null;
      return this.upsert({ ...draft, name: draft.name.slice(described[0].length), country });
    }
    // A country is never an organisation: "Việt Nam" or "New Zealand" read as a name of an
    // organisation is the country itself, one state actor under its short name.
    const code = draft.kind !== 'person' && draft.kind !== 'state' ? countryOfWord(draft.name) : null;
    const info = code ? countryInfo(code) : null;
    if (info) {
      return this.upsert({
        ...draft,
        name: info.shortName,
        kind: 'state',
        country: info.code,
        parentKey: null,
        title: null,
        affiliationKey: null,
        affiliationPassage: null,
        aliases: draft.name === info.shortName ? [] : [draft.name],
      });
    }
    const existing =
      this.find(draft.name) ??
      this.sameCompany(draft) ??
      (draft.kind !== 'person'
        ? (draft.aliases ?? []).map((a) => this.find(a)).find((a) => a && a.kind !== 'person' && a.kind !== 'state')
        : undefined);
    if (existing) {
      if (existing.name !== draft.name) this.alias(existing, draft.name);
      for (const a of draft.aliases ?? []) this.alias(existing, a);
      if (!existing.country && draft.country) existing.country = draft.country;
      if (!existing.parentKey && draft.parentKey) existing.parentKey = draft.parentKey;
      if (existing.implied && !draft.implied) {
        existing.implied = false;
        existing.confidence = Math.max(existing.confidence, draft.confidence);
        existing.passage = draft.passage;
      }
      // A fuller title wins ("Ambassador" → "Ambassador to Vietnam").
      if (
        draft.title &&
        (!existing.title || (draft.title.length > existing.title.length && draft.title.includes(existing.title)))
      )
        existing.title = draft.title;
      if (!existing.affiliationKey && draft.affiliationKey) {
        existing.affiliationKey = draft.affiliationKey;
        existing.affiliationPassage = draft.affiliationPassage;
      }
      return existing;
    }
    let key = slugify(draft.name) || 'actor';
    for (let n = 2; this.byKey.has(key); n++) key = `${slugify(draft.name)}-${n}`;
    const actor: ActorDraft = { ...draft, key, aliases: new Set() };
    this.byKey.set(key, actor);
    this.addName(key, draft.name);
    for (const a of draft.aliases ?? []) this.alias(actor, a);
    return actor;
  }

  alias(actor: ActorDraft, alias: string): void {
    const a = alias.trim();
    if (!a || a === actor.name) return;
    const owner = this.find(a);
    if (owner && owner !== actor) return; // an alias never moves between actors
    actor.aliases.add(a);
    this.addName(actor.key, a);
  }

  /** The longest known organisation (or state) whose name starts at token k, and the token after it (and after its "(ACR)"). */
  knownAt(tokens: Token[], k: number): { actor: ActorDraft; to: number } | null {
    for (let end = Math.min(tokens.length, k + 10); end > k; end--) {
      if (tokens.slice(k, end).some((t) => t.punct)) continue;
      const text = tokens
        .slice(k, end)
        .map((t) => t.text)
        .join(' ');
      // A possessive inside a name ("King Mongkut's Institute …") keeps its mark, in either apostrophe.
      const inner = tokens.slice(k, end - 1).some((t) => t.possessive);
      const withMark = (mark: string) =>
        tokens
          .slice(k, end)
          .map((t, n) => (t.possessive && k + n < end - 1 ? `${t.text}${mark}s` : t.text))
          .join(' ');
      const a = this.find(text) ?? (inner ? (this.find(withMark("'")) ?? this.find(withMark('’'))) : undefined);
      if (a && a.kind !== 'person') {
        let to = end;
        if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')') to += 3;
        return { actor: a, to };
      }
    }
    return null;
  }

  all(): ActorDraft[] {
    return [...this.byKey.values()];
  }

  /**
   * A company already known under a longer or shorter form of the same name, the difference being
   * only corporate words ("Sao Bac" and "Sao Bac Technology", "Kelana" and "Kelana Semitech Bhd"
   * are not that: "Semitech" is a name). The longer form is kept as the name.
   */
  private sameCompany(draft: { name: string; kind: ActorKind }): ActorDraft | undefined {
    if (draft.kind !== 'company') return undefined;
    const words = draft.name.split(' ');
    for (const a of this.byKey.values()) {
      if (a.kind !== 'company') continue;
      const other = a.name.split(' ');
      const [short, long] = words.length < other.length ? [words, other] : [other, words];
      if (short.length === long.length || short.join(' ') !== long.slice(0, short.length).join(' ')) continue;
      if (!long.slice(short.length).every((w) => CORPORATE_WORDS.has(w))) continue;
      if (long === words) {
        this.alias(a, a.name);
        a.name = draft.name;
        this.addName(a.key, draft.name);
      }
      return a;
    }
    return undefined;
  }

  /**
   * Folds one actor into another found to be the same ("Seorin" into "Seorin Battery"): its
   * names become the other's aliases, and what pointed at it points at the other.
   */
  merge(from: ActorDraft, into: ActorDraft): void {
    if (from === into) return;
    for (const [name, key] of this.byName) if (key === from.key) this.byName.set(name, into.key);
    for (const name of [from.name, ...from.aliases]) if (name !== into.name) into.aliases.add(name);
    for (const a of this.byKey.values()) {
      if (a.parentKey === from.key) a.parentKey = into.key;
      if (a.affiliationKey === from.key) a.affiliationKey = into.key;
    }
    into.country ??= from.country;
    this.byKey.delete(from.key);
  }

  /** The one person whose full name has this word as its first or last word (folded), if exactly one. */
  private personNamed(word: string): ActorDraft | undefined {
    const key = nameKey(word);
    const people = [...this.byKey.values()].filter((a) => {
      if (a.kind !== 'person') return false;
      const words = a.name.split(' ');
      return words.length >= 2 && (nameKey(words[0]!) === key || nameKey(words[words.length - 1]!) === key);
    });
    return people.length === 1 ? people[0] : undefined;
  }

  /** Forgets an actor; its names then find nothing. */
  remove(key: string): void {
    this.byKey.delete(key);
  }
}
