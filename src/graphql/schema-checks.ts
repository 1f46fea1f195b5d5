import {
  type BreakingChange,
  findBreakingChanges,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

export interface DescriptionCoverage {
  described: number;
  total: number;
  missing: string[];
}

/**
 * How many of the schema's own types, fields, input fields, arguments and enum values carry a
 * description: what GraphiQL's docs pane shows. Built-in scalars and introspection are not ours.
 */
export function descriptionCoverage(schema: GraphQLSchema): DescriptionCoverage {
  const missing: string[] = [];
  let total = 0;
  const count = (coordinate: string, description: string | null | undefined) => {
    total += 1;
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    count(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        count(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) {
          count(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
        }
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) count(`${type.name}.${value.name}`, value.description);
  }
  return { described: total - missing.length, total, missing };
}

/**
 * The breaking changes from `released` to `current` that `announcement` (the CHANGELOG's section
 * for the coming version) does not name: each must be named there in backticks, by its type or by
 * its `Type.field` coordinate.
 */
export function unannouncedBreakingChanges(
  released: GraphQLSchema,
  current: GraphQLSchema,
  announcement: string,
): BreakingChange[] {
  const named = new Set([...announcement.matchAll(/`([A-Za-z_][\w.]*)/g)].map((match) => match[1]));
  return findBreakingChanges(released, current).filter(
    (change) => !subjectsOf(change.description).some((subject) => named.has(subject)),
  );
}

/** The coordinates a breaking change's description names, e.g. `Mutation.deleteProduct` and `Mutation`. */
function subjectsOf(description: string): string[] {
  const subjects = new Set<string>();
  // "A required field id on input type T was added." names T.id.
  for (const [, field, type] of description.matchAll(/field (\w+) on input type (\w+)/g))
    subjects.add(`${type}.${field}`);
  for (const [coordinate] of description.matchAll(/\b[A-Z]\w*(\.\w+)?/g)) {
    subjects.add(coordinate);
    subjects.add(coordinate.split('.')[0]);
  }
  return [...subjects];
}

/** The body of the `## <heading>` section of a Markdown changelog, or null when it has none. */
export function changelogSection(changelog: string, heading: string): string | null {
  const lines = changelog.split('\n');
  const start = lines.findIndex(
    (line) => line.replace(/^##\s+/, '').split(/\s/)[0] === heading && line.startsWith('## '),
  );
  if (start < 0) return null;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}
