// The partnerships the passes have found so far, and what the signing pass learnt of each
// sentence, which the later passes and the events consult. A partnership found again (same kind,
// same parties) is merged into the first: its technologies, start and status are completed.
import type { ExtractedPartnership } from '../../types.ts';
import type { PartnershipKind, PartnershipStatus } from '../../../../schema/tables.ts';
import type { ActorDraft } from '../actors.ts';
import { passageOf, type Sentence } from '../text.ts';
import type { DateSetting, Span } from './context.ts';

export type PartnershipDraft = ExtractedPartnership & { partyKeys: string[]; sentence: number };

export interface NewPartnership {
  title: string;
  kind: PartnershipKind;
  status: PartnershipStatus | null;
  startedOn: string | null;
  parties: ActorDraft[];
  role: string;
  technologies: string[];
  sentence: Sentence;
  confidence: number;
}

/** The sentence a partnership pass reads, with what every pass wants of it. */
export interface SentenceReading {
  s: Sentence;
  /** Its position in the story's sentences. */
  si: number;
  text: string;
  /** Its date and place (`RelationContext.dateContext`). */
  setting: DateSetting;
  /** The technologies it names, each once. */
  techs: string[];
}

export class PartnershipLedger {
  readonly partnerships: PartnershipDraft[] = [];
  /** Sentences in which a document was signed (or agreed with someone). */
  readonly signingSentences = new Set<number>();
  /** The clauses of those sentences that tell the signing. */
  readonly signingClauses = new Map<number, Span[]>();

  /** Adds a partnership (or merges it into the same one found before); its index, or null when it has too few parties. */
  add(p: NewPartnership): number | null {
    const partnerships = this.partnerships;
    const parties = p.parties.filter((a, i, all) => all.indexOf(a) === i);
    if (parties.length < (p.kind === 'project' || p.kind === 'network' ? 1 : 2)) return null;
    const partyKeys = parties.map((a) => a.key).sort();
    const same = partnerships.findIndex((q) => q.kind === p.kind && q.partyKeys.join('|') === partyKeys.join('|'));
    if (same >= 0) {
      const q = partnerships[same]!;
      for (const t of p.technologies) if (!q.technologies.includes(t)) q.technologies.push(t);
      q.startedOn ??= p.startedOn;
      q.confidence = Math.max(q.confidence, p.confidence);
      if (rankStatus(p.status) > rankStatus(q.status)) q.status = p.status;
      return same;
    }
    const countries = [...new Set(parties.map((a) => a.country).filter((c): c is string => !!c))];
    partnerships.push({
      title: p.title,
      kind: p.kind,
      status: p.status,
      startedOn: p.startedOn,
      parties: parties.map((a) => ({ actorKey: a.key, role: p.role })),
      countries,
      technologies: [...new Set(p.technologies)],
      passage: passageOf(p.sentence),
      confidence: p.confidence,
      partyKeys,
      sentence: p.sentence.index,
    });
    return partnerships.length - 1;
  }
}

function rankStatus(s: PartnershipStatus | null): number {
  return s === null ? 0 : ['proposed', 'agreed', 'active', 'signed', 'completed', 'suspended'].indexOf(s) + 1;
}
