import { actorKind, eventKind, partnershipKind, partnershipStatus, titleTense } from '../../../schema/tables.ts';
import { builder } from '../builder.ts';

/** GraphQL enum values are the SQL values in upper case; both sides share the one list in schema/tables.ts. */
function enumValues<T extends string>(values: readonly T[], descriptions: Record<T, string>) {
  return Object.fromEntries(values.map((v) => [v.toUpperCase(), { value: v, description: descriptions[v] }])) as Record<
    Uppercase<T>,
    { value: T; description: string }
  >;
}

export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What sort of actor this is.',
  values: enumValues(actorKind.enumValues, {
    person: 'A named person.',
    government_body: 'A ministry, agency, embassy, state innovation centre or other public body.',
    company: 'A company or corporate group.',
    university: 'A university or other higher-education institution.',
    research_institute: 'A research institute or laboratory.',
    association: 'An association, society, network or other membership body.',
    intergovernmental: 'A body of several states, such as ASEAN or the EU.',
    state: 'A national government acting as a whole ("the US government", "Vietnam").',
  }),
});

export const PartnershipKindEnum = builder.enumType('PartnershipKind', {
  description: 'The form a cooperation takes.',
  values: enumValues(partnershipKind.enumValues, {
    mou: 'A memorandum of understanding.',
    agreement: 'A signed cooperation agreement.',
    strategic_partnership: 'A strategic partnership framework between two states.',
    comprehensive_strategic_partnership: 'A comprehensive strategic partnership framework between two states.',
    bilateral_cooperation: 'An explicit agreement to cooperate in named areas.',
    project: 'A named or described joint project.',
    joint_research: 'A joint research programme.',
    network: 'A standing network or consortium.',
  }),
});

export const PartnershipStatusEnum = builder.enumType('PartnershipStatus', {
  description: 'How far a partnership has come, as the sources tell it.',
  values: enumValues(partnershipStatus.enumValues, {
    proposed: 'Proposed by one side; not yet agreed.',
    agreed: 'Agreed in principle by the parties.',
    signed: 'Signed by the parties.',
    active: 'Being carried out.',
    completed: 'Finished.',
    suspended: 'Put on hold or ended early.',
  }),
});

export const EventKindEnum = builder.enumType('EventKind', {
  description: 'What sort of happening an event is.',
  values: enumValues(eventKind.enumValues, {
    meeting: 'A meeting or working session.',
    forum: 'A forum, dialogue or roundtable with many participants.',
    signing: 'A signing ceremony.',
    visit: 'An official visit.',
    conference: 'A conference or summit.',
    exhibition: 'An exhibition or fair.',
    workshop: 'A workshop or seminar.',
    dialogue: 'A bilateral or multilateral dialogue.',
  }),
});

export const TitleTenseEnum = builder.enumType('TitleTense', {
  description: "How an article states a person's title.",
  values: enumValues(titleTense.enumValues, {
    new: 'Newly taken: "the newly appointed Rector", "was named Director". The position starts on the article\'s day.',
    current: 'Held: "Rector Tran Quoc Hung said".',
    former: 'Left: "former Rector", "ex-Minister". The position had ended by the article\'s day.',
  }),
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { value: 'asc', description: 'Smallest or oldest first.' },
    DESC: { value: 'desc', description: 'Largest or newest first.' },
  },
});
