// Agreed or proposed cooperation: "A and B will increase cooperation in …", "cooperation between A
// and B", "X proposed cooperation with B in …", "the two sides can expand cooperation". The words of
// a named framework, of signing clauses and of organisation names are not read as cooperation.
import type { PartnershipKind } from '../../../../schema/tables.ts';
import type { ActorDraft } from '../actors.ts';
import {
  AGREED,
  betweenRange,
  clauses,
  COOPERATION,
  JOINT_RESEARCH,
  PROPOSED,
  TWO_SIDES,
  VAGUE,
  type RelationContext,
} from './context.ts';
import type { PartnershipLedger, SentenceReading } from './ledger.ts';

// 4. Agreed or proposed cooperation (not in a signing sentence, which is about the document).
export function agreedCooperation(
  ctx: RelationContext,
  ledger: PartnershipLedger,
  r: SentenceReading,
  strategic: RegExpExecArray | null,
): void {
  const { s, si, text, techs } = r;
  const { input } = ctx;
  const coopProjects = /\b(?:cooperation|collaboration)\s+projects?\b/i.test(text);
  // The "partnership" of a named framework is not a further cooperation.
  // Clauses that were signings are about their document: blanked out here (offsets kept).
  let coopText = strategic
    ? text.slice(0, strategic.index) +
      ' '.repeat(strategic[0].length) +
      text.slice(strategic.index + strategic[0].length)
    : text;
  for (const c of ledger.signingClauses.get(si) ?? [])
    coopText = coopText.slice(0, c.start - s.start) + ' '.repeat(c.end - c.start) + coopText.slice(c.end - s.start);
  // Words inside organisation names are not the story's words ("Japan International Cooperation Agency").
  for (const o of ctx.orgSpansIn(s)) {
    coopText = coopText.slice(0, o.start - s.start) + ' '.repeat(o.end - o.start) + coopText.slice(o.end - s.start);
  }
  if (!coopProjects && (COOPERATION.test(coopText) || JOINT_RESEARCH.test(coopText))) {
    const coop = (COOPERATION.exec(coopText) ?? JOINT_RESEARCH.exec(coopText))!;
    const keywordAt = s.start + coop.index;
    const clauseStart =
      clauses(s)
        .filter((c) => c.start <= keywordAt)
        .pop()?.start ?? s.start;
    let parties: ActorDraft[] = [];
    let explicitSides = false;
    const between = betweenRange(s, coop.index);
    if (between && between.start - keywordAt < 60) {
      parties = ctx.partiesIn(s, between, 'state');
      explicitSides = parties.length >= 2;
    }
    if (parties.length < 2) {
      const subject = ctx.partiesIn(s, { start: clauseStart, end: keywordAt }, 'state');
      const withMatch =
        /\bwith\s+/i.exec(text.slice(coop.index, coop.index + 40)) ??
        /\b(?:support|help|assist)\s+/i.exec(text.slice(0, coop.index));
      const objectFrom = withMatch
        ? withMatch.index < coop.index && /support|help|assist/.test(withMatch[0])
          ? s.start + withMatch.index
          : keywordAt + withMatch.index
        : null;
      const object =
        objectFrom !== null
          ? ctx.partiesIn(s, { start: objectFrom, end: Math.min(s.end, objectFrom + 40) }, 'state')
          : [];
      const dashed = ctx
        .dashedCountries(s)
        .map((c) => ctx.state(c)!)
        .filter(Boolean);
      parties = [...subject.slice(0, 2), ...object.slice(0, 1), ...dashed];
      explicitSides = new Set(parties).size >= 2;
    }
    if (new Set(parties).size < 2 && TWO_SIDES.test(text)) {
      parties = [...parties, ...ctx.pairStates()];
      explicitSides = true;
    }
    parties = parties.filter((a, i, all) => all.indexOf(a) === i);
    if (
      parties.length === 1 &&
      input.pair.length === 2 &&
      parties[0]!.kind === 'state' &&
      input.pair.includes(parties[0]!.country!) &&
      /\bbilateral\b/i.test(text)
    ) {
      parties = ctx.pairStates();
    }
    const hasArea =
      techs.length > 0 ||
      /\b(?:science|sci-tech|technology|technologies|technological|innovation|research|digital|energy|space|education|engineering)\b/i.test(
        text,
      );
    if (parties.length >= 2 && (explicitSides || techs.length > 0) && hasArea) {
      const allStates = parties.every((a) => a.kind === 'state');
      // States do not run joint research: their institutions do.
      const kind: PartnershipKind =
        JOINT_RESEARCH.test(text) && !allStates ? 'joint_research' : 'bilateral_cooperation';
      const vague = VAGUE.test(text) && !AGREED.test(text.replace(/agreed on the potential/i, ''));
      ledger.add({
        title: `${parties.map((a) => a.name).join('–')} cooperation${techs.length ? ` in ${techs.slice(0, 4).join(', ').replace(/-/g, ' ')}` : ''}`,
        kind,
        status: PROPOSED.test(text) ? 'proposed' : AGREED.test(text) ? 'agreed' : 'active',
        startedOn: null,
        parties,
        role: 'partner',
        technologies: techs,
        sentence: s,
        confidence: vague ? 0.4 : techs.length ? 0.75 : 0.6,
      });
    }
  }
}
