// Projects and joint research: projects credited to a maker ("… projects between A and B
// implemented by X"), a centre or programme run jointly, a project one organisation developed, the
// members a project "brings together", a study two parties started, a plant or lab built with a
// partner, and a programme named after two countries ("the China–Brazil … (CBERS) programme").
import type { PartnershipKind } from '../../../../schema/tables.ts';
import type { ActorDraft } from '../actors.ts';
import { betweenRange, capitalise, clauses, PROJECT_WORD, type RelationContext, type Span } from './context.ts';
import type { PartnershipLedger, SentenceReading } from './ledger.ts';

const MAKER =
  /\b(?:implemented|developed|introduced|presented|built|led|run|operated|provided|offered|designed|manufactured|produced|supplied|funded|delivered|deployed|showcased|unveiled|applications|solutions|products|systems|services)\s+by\s+/gi;

// 3. Projects credited to a maker ("… projects between A and B implemented by X; … developed by Y").
export function projectsCreditedToMakers(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si, text } = r;
  const { index, sentences } = ctx;
  if (
    PROJECT_WORD.test(text) ||
    (sentences[si - 1] &&
      PROJECT_WORD.test(sentences[si - 1]!.text) &&
      /^(?:These|They|Those|The projects?)\b/.test(text))
  ) {
    let itemStart = 0;
    const items = text.split(/;\s*(?:and\s+)?/);
    for (const item of items) {
      const offset = text.indexOf(item, itemStart);
      itemStart = offset + item.length;
      const span: Span = { start: s.start + offset, end: s.start + offset + item.length };
      MAKER.lastIndex = 0;
      const m = MAKER.exec(item);
      if (!m) continue;
      const makerFrom = span.start + m.index + m[0].length;
      const maker = ctx.mentionsIn(s).find((x) => x.start >= makerFrom && x.start <= makerFrom + 4);
      const makerActor = maker ? index.get(maker.key) : undefined;
      if (!makerActor || (makerActor.kind === 'person' && !makerActor.affiliationKey)) continue;
      const between = betweenRange({ ...s, text: item, start: span.start, end: span.end });
      const sides = between ? ctx.partiesIn(s, between, 'state').filter((a) => a.kind === 'state') : [];
      const tail = /,\s*(?:alongside|along with|as well as)\b/i.exec(item);
      const techSpan: Span = tail ? { start: span.start, end: span.start + tail.index } : span;
      const itemTechs = ctx.techSlugsWithin(s, techSpan);
      const title = item
        .replace(/^(?:These|They|Those)\s+(?:included|include|includes|are|were)\s+/i, '')
        .replace(/^(?:and|the)\s+/i, '')
        .replace(/,\s*(?:alongside|along with|as well as)\b.*$/i, '')
        .trim();
      const isProjectItem = PROJECT_WORD.test(item) || items.length > 1;
      if (!isProjectItem) continue;
      ledger.add({
        title: title.charAt(0).toUpperCase() + title.slice(1),
        kind: 'project',
        status: 'active',
        startedOn: null,
        parties: [makerActor, ...sides],
        role: 'implementer',
        technologies: itemTechs,
        sentence: s,
        confidence: PROJECT_WORD.test(item) ? 0.7 : 0.5,
      });
    }
  }
}

// 5a. A centre, lab or programme "run (jointly) by A and B", "with funding from C".
export function facilitiesRunJointly(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si, text, techs } = r;
  const { index, sentences, input } = ctx;
  const runBy =
    /\b(?:(?:is|was|will be|are|were)\s+)?(?:run|operated|managed|co-founded|established|set up|founded)\s+(?:jointly\s+)?by\s+/i.exec(
      text,
    );
  const subjectIsFacility =
    /^(?:The|This|It|The new|The joint)\s*(?:new\s+|joint\s+)?(?:centre|center|lab|laboratory|programme|program|institute|hub|network|project|facility)?\b/i.test(
      text,
    ) || /\b(?:centre|center|lab|laboratory|hub|programme|program)\b/i.test(text.slice(0, runBy?.index ?? 0));
  if (runBy && subjectIsFacility && !ledger.signingSentences.has(si)) {
    const from = s.start + runBy.index + runBy[0].length;
    const runners = ctx
      .partiesIn(s, { start: from, end: s.end }, 'org')
      .filter((a) => a.kind !== 'state' && a.kind !== 'person');
    const facility = [...input.mentions]
      .reverse()
      .find(
        (m) =>
          m.start < s.start + runBy.index &&
          ['research_institute', 'government_body', 'university'].includes(index.get(m.key)?.kind ?? '') &&
          /Centre|Center|Lab|Laboratory|Hub|Institute/.test(index.get(m.key)!.name),
      );
    if (runners.length >= 2 || (runners.length >= 1 && /\bjointly\b|\bjoint\b/i.test(text))) {
      const research =
        /research|lab|laborator|institute|centre|center/i.test(text.slice(0, runBy.index)) ||
        (facility && /Research|Lab|Institute/.test(index.get(facility.key)!.name));
      ledger.add({
        title: facility ? index.get(facility.key)!.name : capitalise(text.slice(0, 80)),
        kind: research ? 'joint_research' : 'project',
        status: 'active',
        startedOn: null,
        parties: runners,
        role: 'operator',
        technologies: [...techs, ...(facility ? ctx.techsIn(sentences[facility.sentence]!).map((t) => t.slug) : [])],
        sentence: s,
        confidence: 0.6,
      });
    }
  }
}

// 5b. "X (has) developed/built/completed a … project/plant/farm": a project credited to X.
export function projectsOfOneDoer(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, text } = r;
  const { index } = ctx;
  if (PROJECT_WORD.test(text) || /\b(?:plant|farm|park|facility|factory|system|network|platform)\b/i.test(text)) {
    const active =
      /\b(?:has|had|have)?\s*(?:already\s+)?(?:developed|built|completed|installed|deployed|constructed|implemented|commissioned)\s+(?:a|an|the|its)\b/i.exec(
        text,
      );
    if (
      active &&
      (PROJECT_WORD.test(text) || /\b(?:plant|farm|park|facility|factory)\b/i.test(text.slice(active.index)))
    ) {
      const doers = ctx
        .mentionsIn(s)
        .filter((m) => m.end <= s.start + active.index && s.start + active.index - m.end < 40)
        .map((m) => index.get(m.key)!)
        .filter((a) => a && (a.kind === 'company' || a.kind === 'university' || a.kind === 'research_institute'));
      const doer = doers[doers.length - 1];
      if (doer) {
        const objectEnd = /[,;.]/.exec(text.slice(active.index + active[0].length));
        const object = text.slice(active.index, active.index + active[0].length + (objectEnd ? objectEnd.index : 60));
        ledger.add({
          title: capitalise(object.replace(/^\s*(?:has|had|have)?\s*(?:already\s+)?\w+\s+/, '').trim()),
          kind: 'project',
          status: 'active',
          startedOn: null,
          parties: [doer],
          role: 'implementer',
          technologies: ctx
            .techsIn(s)
            .filter((t) => t.start >= s.start + active.index)
            .map((t) => t.slug),
          sentence: s,
          confidence: 0.55,
        });
      }
    }
  }
}

// 5e. "It brings together A and B" after a project, programme or network was introduced: its members.
export function membersBroughtTogether(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si, text, techs } = r;
  const { body, sentences } = ctx;
  const together =
    /^(?:It|(?:The|This) (?:new |joint )?(?:research )?(?:project|programme|program|initiative|network|consortium|centre|center|lab|laboratory))\s+(?:\w+\s+)?(?:brings|brought|bring|will bring)\s+together\s+/i.exec(
      text,
    );
  if (together) {
    // What "it" is: the thing the last few sentences introduced, the most specific word winning.
    const window = [
      text.slice(0, together[0].length),
      ...sentences.slice(Math.max(0, si - 3), si).map((x) => x.text),
    ].join(' ');
    const kind: PartnershipKind | null = /\bjoint research\b|\bresearch (?:project|programme|program)\b/i.test(window)
      ? 'joint_research'
      : /\b(?:network|consortium|alliance)\b/i.test(window)
        ? 'network'
        : /\b(?:project|programme|program|initiative)\b/i.test(window)
          ? 'project'
          : null;
    let launchedOn: string | null = null;
    for (let k = si - 1; k >= Math.max(0, si - 3) && !launchedOn; k--) {
      const t = sentences[k]!.text;
      if (/\b(?:launched|started|kicked off|inaugurated)\b/i.test(t) && !/\bwill\b/i.test(t) && ctx.explicit[k]?.date)
        launchedOn = ctx.explicit[k]!.date;
    }
    if (kind) {
      const from = s.start + together.index + together[0].length;
      const stop =
        /,\s+(?:and\s+)?(?:is|was|are|were|will|has|have|funded|financed|backed|supported|with)\b|[;.]/i.exec(
          body.slice(from, s.end),
        );
      const members = ctx
        .partiesIn(s, { start: from, end: stop ? from + stop.index : s.end }, 'org')
        .filter((a) => a.kind !== 'person' && a.kind !== 'state');
      if (members.length >= 2) {
        ledger.add({
          title: `${kind === 'joint_research' ? 'Joint research project' : kind === 'network' ? 'Network' : 'Project'} of ${members.map((a) => a.name).join(' and ')}`,
          kind,
          status: 'active',
          startedOn: launchedOn,
          parties: members,
          role: 'member',
          technologies: [
            ...techs,
            ...sentences
              .slice(Math.max(0, si - 2), si)
              .filter((x) => x.blockKind !== 'title')
              .flatMap((x) => ctx.techsIn(x).map((t) => t.slug)),
          ],
          sentence: s,
          confidence: 0.6,
        });
      }
    }
  }
}

// 5f. "A and B (have) started a feasibility study / pilot project for …": a joint project. "The
// company", "the university" … in the subject stand for the last such actor named before.
export function jointStudies(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si, text } = r;
  const { index, body, input } = ctx;
  const started =
    /\b(?:have|has|had|will|would)?\s*(?:jointly\s+)?(?:started|launched|begun|began|conducted|carried out|undertaken|undertook|initiated|kicked off)\s+(?:a|an)\s+(?:new\s+)?(?:joint\s+)?(feasibility study|study|pilot project|pilot|project|survey|trial|research project)\b/i.exec(
      text,
    );
  if (started && !ledger.signingSentences.has(si)) {
    const verbAt = s.start + started.index;
    const reported = [
      ...text
        .slice(0, started.index)
        .matchAll(/\b(?:said|says|added|noted|announced|stated|explained)\s+(?:that\s+)?/gi),
    ].pop();
    const subjectFrom = reported
      ? s.start + reported.index! + reported[0].length
      : (clauses(s)
          .filter((c) => c.start <= verbAt)
          .pop()?.start ?? s.start);
    const subjectText = body.slice(subjectFrom, verbAt);
    if (/\band\b/i.test(subjectText)) {
      const sides = ctx
        .partiesIn(s, { start: subjectFrom, end: verbAt }, 'org')
        .filter((a) => a.kind !== 'state' && a.kind !== 'person');
      for (const d of subjectText.matchAll(
        /\bthe (company|firm|group|corporation|university|institute|agency|ministry)\b/gi,
      )) {
        const at = subjectFrom + d.index!;
        const wanted = /university/i.test(d[1]!)
          ? 'university'
          : /institute/i.test(d[1]!)
            ? 'research_institute'
            : /agency|ministry/i.test(d[1]!)
              ? 'government_body'
              : 'company';
        const before = input.mentions
          .filter((m) => m.end <= at && m.sentence >= si - 1 && index.get(m.key)?.kind === wanted)
          .sort((x, y) => x.start - y.start)
          .pop();
        const actor = before ? index.get(before.key) : undefined;
        if (actor && !sides.includes(actor)) sides.unshift(actor);
      }
      if (sides.length >= 2) {
        const object = /^[^,;.]*/.exec(text.slice(started.index + started[0].length))![0];
        ledger.add({
          title: capitalise(`${started[1]!.toLowerCase()}${object}`.trim()),
          kind: /research/i.test(started[0]) ? 'joint_research' : 'project',
          status: 'active',
          startedOn: null,
          parties: sides,
          role: 'partner',
          technologies: ctx
            .techsIn(s)
            .filter((t) => t.start >= verbAt)
            .map((t) => t.slug),
          sentence: s,
          confidence: 0.55,
        });
      }
    }
  }
}

// 5g. "X presented a pilot plant built with Y", "X runs a lab set up in partnership with Y": a project of X and Y.
export function projectsBuiltWithPartner(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s, si } = r;
  const { index } = ctx;
  for (const clause of clauses(s)) {
    const m =
      /\b(?:plant|pilot|facility|project|system|platform|prototype|centre|center|lab|laboratory|satellite|farm|programme|program)\s+(?:(?:that|which)\s+(?:it\s+)?(?:has\s+|had\s+)?)?(?:built|developed|designed|set up|run|operated|launched|established|created)\s+(?:jointly\s+)?(?:with|together with|in partnership with|in cooperation with|in collaboration with)\s+/i.exec(
        clause.text,
      );
    if (!m || ledger.signingSentences.has(si)) continue;
    const objectAt = clause.start + m.index;
    const partnerFrom = clause.start + m.index + m[0].length;
    const partner = ctx.mentionsIn(s).find((x) => x.start >= partnerFrom && x.start <= partnerFrom + 4);
    const doer = ctx
      .mentionsIn(s)
      .filter((x) => x.start >= clause.start && x.end <= objectAt)
      .pop();
    const a = doer ? index.get(doer.key) : undefined;
    const b = partner ? index.get(partner.key) : undefined;
    const org = (x: ActorDraft | undefined) => !!x && x.kind !== 'person' && x.kind !== 'state';
    if (!org(a) || !org(b) || a === b) continue;
    const upToNoun = clause.text.slice(0, m.index + /^\S+/.exec(m[0])![0].length);
    const objectText = /^.*\b(?:a|an|the|its|their)\s+([^,;.]*)$/i.exec(upToNoun)?.[1] ?? /^\S+/.exec(m[0])![0];
    ledger.add({
      title: capitalise(`${objectText.trim()} of ${a!.name} and ${b!.name}`),
      kind: /\b(?:research|lab|laboratory)\b/i.test(m[0]) ? 'joint_research' : 'project',
      status: 'active',
      startedOn: null,
      parties: [a!, b!],
      role: 'partner',
      technologies: ctx.techSlugsWithin(s, clause),
      sentence: s,
      confidence: 0.55,
    });
  }
}

// 5h. "X is to build a plant through a joint venture with Y", "X and Y formed a joint venture": an
// agreement of the two (the keys' convention: a joint venture is the agreement that founds it).
const JOINT_VENTURE_WITH =
  /\b(?:through|via|forming|form|forms|formed|set up|sets up|setting up|establish|established|establishes|establishing|create|created|creates|creating|launch|launched|launches|in|into)\s+(?:a|an)\s+(?:new\s+)?(?:[\w%:–-]+\s+){0,2}?joint[- ]venture(?:\s+(?:company|firm|entity))?\s+with\s+/i;
const FORMED_JOINT_VENTURE =
  /\b(?:have|has|had|will)?\s*(?:formed|set up|established|created|launched|signed)\s+(?:a|an)\s+(?:new\s+)?(?:[\w%:–-]+\s+){0,2}?joint[- ]venture\b/i;
export function jointVentures(ctx: RelationContext, ledger: PartnershipLedger, r: SentenceReading): void {
  const { s } = r;
  const { index } = ctx;
  const org = (x: ActorDraft | undefined): x is ActorDraft =>
    !!x && x.kind !== 'person' && x.kind !== 'state' && !x.implied;
  for (const clause of clauses(s)) {
    const withPartner = JOINT_VENTURE_WITH.exec(clause.text);
    const formed = withPartner ? null : FORMED_JOINT_VENTURE.exec(clause.text);
    const m = withPartner ?? formed;
    if (!m) continue;
    const at = clause.start + m.index;
    const before = ctx
      .mentionsIn(s)
      .filter((x) => x.start >= clause.start && x.end <= at)
      .map((x) => index.get(x.key))
      .filter(org);
    let parties: ActorDraft[];
    if (withPartner) {
      const from = at + m[0].length;
      const partner = ctx.mentionsIn(s).find((x) => x.start >= from && x.start <= from + 40 && org(index.get(x.key)));
      parties = before.length > 0 && partner ? [before[0]!, index.get(partner.key)!] : [];
    } else {
      // "A and B formed a joint venture": the two named last before the verb.
      parties = before.slice(-2);
    }
    if (parties.length !== 2 || parties[0] === parties[1]) continue;
    ledger.add({
      title: `Joint venture of ${parties[0]!.name} and ${parties[1]!.name}`,
      kind: 'agreement',
      status: 'agreed',
      startedOn: null,
      parties,
      role: 'partner',
      technologies: ctx.techSlugsWithin(s, clause),
      sentence: s,
      confidence: 0.6,
    });
  }
}

// 5d. A programme or project named after two countries ("the China–Brazil Earth Resources Satellite
// (CBERS) programme", "the Vietnam-Japan Joint Research Project"): a project of the two states.
export function programmesNamedAfterTwoCountries(
  ctx: RelationContext,
  ledger: PartnershipLedger,
  r: SentenceReading,
): void {
  const { s, techs } = r;
  const { body } = ctx;
  const here = ctx.countriesIn(s);
  for (let k = 0; k + 1 < here.length; k++) {
    const a = here[k]!;
    const b = here[k + 1]!;
    if (
      a.code === b.code ||
      a.form === 'demonym' ||
      b.form === 'demonym' ||
      !/^\s*[–—\-/]\s*$/.test(body.slice(a.end, b.start))
    )
      continue;
    const after = body.slice(b.end, s.end);
    const named =
      /^((?:\s+\p{Lu}[\p{L}\d'’-]*){0,6}?)(?:\s*\([A-Z][A-Za-z0-9-]+\))?\s+(?:programme|program|project|initiative|mission)\b/u.exec(
        after,
      ) ?? /^((?:\s+\p{Lu}[\p{L}\d'’-]*){0,6}?\s+(?:Programme|Program|Project|Initiative))\b/u.exec(after);
    if (!named) continue;
    ledger.add({
      title: body.slice(a.start, b.end + named[0].length).trim(),
      kind: 'project',
      status: 'active',
      startedOn: null,
      parties: [ctx.state(a.code), ctx.state(b.code)].filter((x): x is ActorDraft => !!x),
      role: 'partner',
      technologies: techs,
      sentence: s,
      confidence: 0.65,
    });
  }
}
