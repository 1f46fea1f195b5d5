import type { InputObjectRef } from '@pothos/core';
import type { SchemaTypes } from './builder.js';

type MutationFields = PothosSchemaTypes.MutationFieldBuilder<SchemaTypes, SchemaTypes['Root']>;

/** A mutation's arguments: every mutation takes its input as one required `input` object (see builder.ts). */
export const inputArgs = <Shape>(t: MutationFields, type: InputObjectRef<SchemaTypes, Shape>) => ({
  input: t.arg({ type, required: true, description: 'Everything the mutation needs.' }),
});
