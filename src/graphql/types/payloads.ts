// What the mutation payloads share: the type of one problem with the input (`code`, `message`,
// `field`), and the rows a payload names by id, read when the client selects them.
import type { EnumRef } from '@pothos/core';
import { builder, type BuilderTypes } from '../builder.ts';

/** A problem with a mutation's input, as the domain reports it. */
interface Problem<Code extends string> {
  code: Code;
  message: string;
  field: string | null;
}

/** The object type of one problem with a mutation's input; `fieldDescription` names the fields at fault. */
export function problemType<Code extends string>(
  name: string,
  options: { description: string; codes: EnumRef<BuilderTypes, Code, Code>; fieldDescription: string },
) {
  return builder.objectRef<Problem<Code>>(name).implement({
    description: options.description,
    fields: (t) => ({
      code: t.expose('code', { type: options.codes, description: 'What kind of problem.' }),
      message: t.exposeString('message', { description: 'What is wrong, in words a person can act on.' }),
      field: t.exposeString('field', { nullable: true, description: options.fieldDescription }),
    }),
  });
}

/** The row a payload names by id, loaded by `load`; null when it names none (the input was refused). */
export function rowById<Row>(id: number | null, load: (where: { where: { id: number } }) => Row): Row | null {
  return id === null ? null : load({ where: { id } });
}
