// Signings: "A and B signed an MoU/agreement", "the MoU signing ceremony between A and B", "the
// signing of a memorandum of understanding between A and B", a letter of intent (an MoU), "A agreed
// with B", and the passive "The agreement was signed … by A and B" (officials signing for their
// governments make it their states' agreement). Read clause by clause; each signing clause is noted
// in the ledger, for the later passes and the events.
import type { PartnershipKind } from '../../../../schema/tables.ts';
import type { ActorDraft } from '../actors.ts';
import {
  AGREEMENT,
  betweenRange,
  clauses,
  COOPERATION,
  MOU,
  RETOLD_SIGNING,
  SIGN,
  TWO_SIDES,
  within,
  type RelationContext,
  type Span,
} from './context.ts';
import type { PartnershipLedger, SentenceReading } from './ledger.ts';
import type { Sentence } from '../text.ts';

// 1. Signed MoUs and agreements, clause by clause ("A and B signed an agreement …, while C agreed with D to …").
export function signings(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si, text, setting } = r;
  const { index, body, sentences } = ctx;
  const future = /\b(?:will|to be|plan(?:s|ned)? to|expected to)\s+(?:sign|be signed)\b/i.test(text);
  const yearOnly = !ctx.explicit[si] && /\b(?:in|since|from)\s+(?:19|20)\d{2}\b/.test(text);
  const docDate = future || yearOnly ? null : setting.date;
  for (const clause of clauses(s)) {
    const ct = clause.text;
    const isMou = MOU.test(ct);
    const signed = SIGN.test(ct) && (isMou || AGREEMENT.test(ct));
    const agreedWith = signed ? null : /\bagreed with\s+(?:the\s+)?\p{Lu}/u.exec(ct);
    if (!signed && !agreedWith) continue;
    // "A and B will expand cooperation in … under a new agreement signed in C": the document is the
    // frame of the cooperation the sentence states, not a signing by A and B (its signatories, when
    // the story names them, come in their own sentence). Left to the cooperation rule (cooperation.ts).
    if (signed && !agreedWith) {
      const doc = (MOU.exec(ct) ?? AGREEMENT.exec(ct))!;
      const framed =
        /\b(?:under|through|via|within|as part of|in line with|in accordance with|pursuant to|in the framework of)\s+(?:a|an|the|this|that|its|their)?\s*(?:new|recent|recently signed|bilateral|landmark|fresh)?\s*$/i.test(
          ct.slice(Math.max(0, doc.index - 45), doc.index),
        );
      if (
        framed &&
        COOPERATION.test(ct.slice(0, doc.index)) &&
        !betweenRange({ ...s, text: ct, start: clause.start, end: clause.end }, doc.index)
      )
        continue;
    }
    ledger.signingSentences.add(si);
    ledger.signingClauses.set(si, [...(ledger.signingClauses.get(si) ?? []), clause]);
    const kind: PartnershipKind = isMou ? 'mou' : 'agreement';
    let parties: ActorDraft[] = [];
    if (signed) {
      // "the MoU (signing ceremony) between A and B", "an agreement between A and B".
      const docAt = (MOU.exec(ct) ?? AGREEMENT.exec(ct))!.index;
      const between = betweenRange({ ...s, text: ct, start: clause.start, end: clause.end }, docAt);
      if (between && between.start - (clause.start + docAt) < 40) parties = ctx.partiesIn(s, between, 'org');
    }
    if (parties.length < 2) {
      // "A and B signed …", "A signed … with B", "A agreed with B".
      const verb = (signed ? SIGN.exec(ct) : agreedWith)!;
      const subject = ctx.partiesIn(s, { start: clause.start, end: clause.start + verb.index }, 'org');
      const withMatch = /\bwith\s+/i.exec(ct.slice(verb.index, verb.index + 60));
      const object = withMatch
        ? ctx.partiesIn(s, { start: clause.start + verb.index + withMatch.index, end: clause.end }, 'org').slice(0, 1)
        : [];
      parties = [...subject, ...object];
    }
    if (parties.length < 2 && signed) {
      // Passive: "The agreement was signed in Beijing on Monday by A and B, during …". Officials
      // signing for their governments make it their states' document; otherwise the organisations sign.
      const passive =
        /\b(?:was|were|has been|have been|had been|is|are|being)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b/i.exec(ct);
      const by = passive ? /\bby\s+/i.exec(ct.slice(passive.index + passive[0].length)) : null;
      if (passive && by) {
        const from = clause.start + passive.index + passive[0].length + by.index;
        const tail = /,\s+(?:during|at|on|in|as|which|who|while|after|before|when|witnessed|with)\b|[;:]/i.exec(
          body.slice(from, clause.end),
        );
        const range: Span = { start: from, end: tail ? from + tail.index : clause.end };
        const here = ctx
          .mentionsIn(s)
          .filter((m) => within(m, range))
          .map((m) => index.get(m.key)!)
          .filter((a) => a && !a.implied);
        const officials = here.filter((a) => a.kind === 'person');
        const forGovernments =
          officials.length >= 2 &&
          officials.every((a) => ctx.isGovPerson(a) && a.country) &&
          here.every((a) => a.kind === 'person' || officials.some((o) => o.affiliationKey === a.key));
        // "The MoU was signed by DAV director A and MFDS vice minister B" after the story read the
        // MoU: its signatories, not a second document of their governments.
        if (forGovernments && retellsEarlierDocument(ledger, si, ct, kind)) continue;
        const byParties = ctx.partiesIn(s, range, forGovernments ? 'state' : 'org');
        if (byParties.length >= 2) parties = byParties;
      }
    }
    // "Both sides signed …"; not "the two countries' regulators", whose regulators are the sides.
    const twoSides = TWO_SIDES.exec(ct);
    if (parties.length < 2 && twoSides && !/^['’]/.test(ct.slice(twoSides.index + twoSides[0].length)))
      parties = [...parties, ...ctx.pairStates()];
    // The document's object: "to strengthen cooperation in …" and the next sentence when it is "Under the MoU …".
    const next = sentences[si + 1];
    const more =
      next && /^(?:Under|The|This)\s+(?:the\s+)?(?:MoU|MOU|agreement|memorandum|deal)\b/i.test(next.text)
        ? ctx.techsIn(next).map((t) => t.slug)
        : [];
    // "… including an MoU between A and B on X, and an agreement between C and D on Y": each
    // document named with its own sides is a partnership of its own, with the technologies of its part.
    const firstDoc = signed ? clause.start + (MOU.exec(ct) ?? AGREEMENT.exec(ct))!.index : null;
    const others = signed ? documentsBetween(ctx, s, clause).filter((d) => d.at !== firstDoc) : [];
    const nextDoc = others.find((d) => firstDoc !== null && d.at > firstDoc);
    const ownPart = nextDoc ? { start: clause.start, end: nextDoc.at } : clause;
    for (const doc of others) {
      ledger.add({
        title: `${doc.kind === 'mou' ? 'MoU' : 'Agreement'} between ${doc.parties.map((a) => a.name).join(' and ')}`,
        kind: doc.kind,
        status: future ? 'agreed' : 'signed',
        startedOn: docDate,
        parties: doc.parties,
        role: 'signatory',
        technologies: ctx.techSlugsWithin(s, doc.part),
        sentence: s,
        confidence: 0.8,
      });
    }
    ledger.add({
      title: `${kind === 'mou' ? (/letters? of intent|\bLoI\b/i.test(ct) && !/MoU|MOU|memorand/i.test(ct) ? 'Letter of intent' : 'MoU') : 'Agreement'} between ${parties.map((a) => a.name).join(' and ')}`,
      kind,
      status: agreedWith ? 'agreed' : future ? 'agreed' : 'signed',
      startedOn: agreedWith ? null : docDate,
      parties,
      role: 'signatory',
      technologies: [...ctx.techSlugsWithin(s, ownPart), ...more],
      sentence: s,
      confidence: parties.length >= 2 ? 0.8 : 0.5,
    });
  }
}

/** The documents a clause names with their sides ("an MoU between A and B"), in order, each with the part of the clause that is its own. */
function documentsBetween(
  ctx: RelationContext,
  s: Sentence,
  clause: Span & { text: string },
): { kind: PartnershipKind; parties: ActorDraft[]; at: number; part: Span }[] {
  const found: { kind: PartnershipKind; parties: ActorDraft[]; at: number }[] = [];
  const docs = new RegExp(`${MOU.source}|${AGREEMENT.source}`, 'gi');
  // exec, not matchAll: the loop moves docs.lastIndex past each document's sides.
  for (let m = docs.exec(clause.text); m !== null; m = docs.exec(clause.text)) {
    const between = betweenRange({ ...s, text: clause.text, start: clause.start, end: clause.end }, m.index);
    if (!between || between.start - (clause.start + m.index) >= 40) continue;
    const parties = ctx.partiesIn(s, between, 'org');
    if (parties.length < 2) continue;
    found.push({ kind: new RegExp(MOU.source).test(m[0]) ? 'mou' : 'agreement', parties, at: clause.start + m.index });
    docs.lastIndex = between.end - clause.start;
  }
  return found.map((d, i) => ({ ...d, part: { start: d.at, end: found[i + 1]?.at ?? clause.end } }));
}

/** "The/This MoU was signed …" where the story has already read a document of that kind. */
function retellsEarlierDocument(ledger: PartnershipLedger, si: number, clause: string, kind: PartnershipKind): boolean {
  return RETOLD_SIGNING.test(clause) && ledger.partnerships.some((p) => p.sentence < si && p.kind === kind);
}
