import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { YogaInitialContext } from 'graphql-yoga';

/** Drops graphql-js' "Did you mean ...?" from validation errors: they spell out the schema. */
export const useBlockFieldSuggestions = () => blockFieldSuggestionsPlugin<YogaInitialContext>({ mask: '' });
