import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Schema coordinates ("Type.field", "Type.field(arg:)", "Input.field", "Enum.VALUE") an
 * operation uses, from its document and its variables: what the arbitrary's report counts.
 */
export function usedCoordinates(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>) {
  const used = new Set<string>();
  const types = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(types, {
      Field(node) {
        const parent = types.getParentType();
        if (parent) used.add(`${parent.name}.${node.name.value}`);
      },
      Argument(node) {
        const parent = types.getParentType();
        const field = types.getFieldDef();
        if (parent && field) used.add(`${parent.name}.${field.name}(${node.name.value}:)`);
      },
      ObjectField(node) {
        const parent = types.getParentInputType();
        if (parent) used.add(`${getNamedType(parent).name}.${node.name.value}`);
      },
      EnumValue(node) {
        const type = types.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        const name = node.variable.name.value;
        if (type && name in variables) addInputCoordinates(type as GraphQLInputType, variables[name], used);
      },
    }),
  );
  return used;
}

function addInputCoordinates(type: GraphQLInputType, value: unknown, used: Set<string>): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of value as unknown[]) addInputCoordinates(nullable.ofType, item, used);
  } else if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
      used.add(`${nullable.name}.${name}`);
      const field = fields[name];
      if (field) addInputCoordinates(field.type, inner, used);
    }
  } else if (isEnumType(nullable)) {
    used.add(`${nullable.name}.${String(value)}`);
  }
}

/** Every coordinate a read operation can use: what is reachable from the query type. */
export function readableCoordinates(schema: GraphQLSchema): Set<string> {
  const all = new Set<string>();
  const seen = new Set<string>();
  const queue: GraphQLNamedType[] = [];
  const reach = (type: GraphQLNamedType) => {
    if (!seen.has(type.name) && !type.name.startsWith('__')) {
      seen.add(type.name);
      queue.push(type);
    }
  };
  const query = schema.getQueryType();
  if (query) reach(query);
  while (queue.length > 0) {
    const type = queue.pop() as GraphQLNamedType;
    if (isObjectType(type) || isInterfaceType(type)) {
      if (isInterfaceType(type)) for (const possible of schema.getPossibleTypes(type)) reach(possible);
      for (const field of Object.values(type.getFields())) {
        all.add(`${type.name}.${field.name}`);
        reach(getNamedType(field.type));
        for (const arg of field.args) {
          all.add(`${type.name}.${field.name}(${arg.name}:)`);
          reach(getNamedType(arg.type));
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        all.add(`${type.name}.${field.name}`);
        reach(getNamedType(field.type));
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) all.add(`${type.name}.${value.name}`);
    }
  }
  return all;
}
