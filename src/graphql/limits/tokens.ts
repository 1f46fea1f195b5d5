import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { YogaInitialContext } from 'graphql-yoga';
import { reportAs } from './errors.js';

/** A document of more than `n` tokens is refused while it is parsed, before it costs more. */
export const useMaxTokens = (n: number) =>
  maxTokensPlugin<YogaInitialContext>({ n, propagateOnRejection: true, onReject: [reportAs('MAX_TOKENS_EXCEEDED')] });
