import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { YogaInitialContext } from 'graphql-yoga';
import { reportAs } from './errors.js';

/** Fields nested deeper than `n` are refused; fragments add no depth of their own. */
export const useMaxDepth = (n: number) =>
  maxDepthPlugin<YogaInitialContext>({
    n,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [reportAs('MAX_DEPTH_EXCEEDED')],
  });
