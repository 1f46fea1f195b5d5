import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import type { YogaInitialContext } from 'graphql-yoga';
import { reportAs } from './errors.js';

/** More than `n` aliases in one operation are refused (the REST shim aliases every Medusa key it answers). */
export const useMaxAliases = (n: number) =>
  maxAliasesPlugin<YogaInitialContext>({
    n,
    propagateOnRejection: false,
    onReject: [reportAs('MAX_ALIASES_EXCEEDED')],
  });
