// The static cost of an operation, worked out from the document and its variables before
// anything runs (docs/adr/014). The cost is an upper bound on the number of field values
// the answer can hold: each field counts 1, and a list multiplies what is selected under
// it by its length: `first` (a literal, a variable's value, or the argument's default),
// the `first` of the connection above it for `edges`, or `unboundedListSize` for a list
// without one. Depth alone does not bound work: 49 tokens of nested `related(first: 100)`
// ask for 10^16 articles.
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { maxPageSize } from '../platform/pagination';

/**
 * The length assumed for a list without a `first` argument (sections, an article's tags,
 * corrections). They are short by nature; ten is more than any of them holds today.
 */
export const unboundedListSize = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Cost of a selection set per (type, inherited page size): each fragment is costed once. */
  memo: Map<SelectionSetNode, Map<string, number>>;
  /** Cost of an introspection selection set per schema element it is applied to. */
  introspectionMemo: Map<SelectionSetNode, Map<unknown, number>>;
  /** Introspection fields resolved so far; past the limit the answer is known to be too big. */
  introspectionWork: number;
  limit: number;
}

/** Thrown to stop costing introspection that is already over the limit; `cost` is a lower bound. */
class OverLimit {
  constructor(readonly cost: number) {}
}

/**
 * The cost of the named operation (or the only one), or 0 when there is none (Apollo
 * reports that). `limit` only lets introspection stop early: the cost returned is then a
 * lower bound above it. A cost too large for a double is reported as Number.MAX_VALUE, so
 * it stays a number in JSON.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limit: number,
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  // Variables as execution will see them, with their defaults; raw when they do not
  // coerce (execution then refuses the request before any field runs).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  const walk: Walk = {
    schema,
    fragments: new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])),
    variables: coerced.coerced ?? variables ?? {},
    memo: new Map(),
    introspectionMemo: new Map(),
    introspectionWork: 0,
    limit,
  };
  try {
    const cost = selectionSetCost(walk, operation.selectionSet, root, undefined);
    return Number.isFinite(cost) ? cost : Number.MAX_VALUE;
  } catch (error) {
    if (error instanceof OverLimit) return error.cost;
    throw error;
  }
}

/** `pageSize`: the `first` of the connection this selection set belongs to, for its `edges`. */
function selectionSetCost(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLCompositeType, pageSize: number | undefined): number {
  const key = `${type.name}:${pageSize ?? ''}`;
  let known = walk.memo.get(selectionSet);
  const cost = known?.get(key);
  if (cost !== undefined) return cost;
  if (!known) walk.memo.set(selectionSet, (known = new Map()));
  known.set(key, Infinity); // a fragment cycle (validation refuses those first) costs too much
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, type, pageSize);
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    const condition = fragment?.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : type;
    // Every fragment counts, even those for other members of a union: a bound, not a guess.
    if (fragment && isCompositeType(condition)) total += selectionSetCost(walk, fragment.selectionSet, condition, pageSize);
  }
  known.set(key, total);
  return total;
}

function fieldCost(walk: Walk, node: FieldNode, parentType: GraphQLCompositeType, pageSize: number | undefined): number {
  const name = node.name.value;
  if (name === '__schema' || name === '__type')
    return introspectionFieldCost(walk, name === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef, node, undefined);
  const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
  const returned = field && getNamedType(field.type);
  if (!field || !node.selectionSet || !isCompositeType(returned)) return 1; // a leaf, __typename
  const first = firstArgument(walk, field, node);
  if (!isListType(getNullableType(field.type))) {
    // A connection: its `first` is the length of the `edges` below it.
    return 1 + selectionSetCost(walk, node.selectionSet, returned, first);
  }
  const length = first ?? pageSize ?? unboundedListSize;
  return 1 + length * selectionSetCost(walk, node.selectionSet, returned, undefined);
}

/** The field's `first` as it will run: the literal, the variable's value, or the default. */
function firstArgument(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
  const definition = field.args.find((arg) => arg.name === 'first');
  if (!definition) return undefined;
  let value: unknown;
  try {
    value = getArgumentValues(field, node, walk.variables).first;
  } catch {
    return maxPageSize; // arguments that do not coerce are refused when the field runs
  }
  if (typeof value === 'number') return Math.max(0, value);
  return typeof definition.defaultValue === 'number' ? definition.defaultValue : maxPageSize;
}

/**
 * Introspection answers from the schema alone, so it is costed exactly: each field is
 * resolved with graphql-js's own introspection resolvers and every value counted. The
 * standard introspection query then costs what its answer holds (about 4,700 values here),
 * while `__schema { types { fields { type { ofType { fields { … } } } } } }`, which the depth
 * limit does not see, grows past the limit and is stopped there.
 */
function introspectionFieldCost(walk: Walk, field: GraphQLField<unknown, unknown>, node: FieldNode, source: unknown): number {
  walk.introspectionWork += 1;
  if (walk.introspectionWork > walk.limit) throw new OverLimit(walk.introspectionWork);
  let value: unknown;
  try {
    const args = getArgumentValues(field, node, walk.variables);
    const info = { schema: walk.schema } as GraphQLResolveInfo;
    value = field.resolve ? field.resolve(source, args, undefined, info) : (source as Record<string, unknown>)[field.name];
  } catch {
    return 1; // refused when it runs
  }
  const returned = getNamedType(field.type);
  if (!node.selectionSet || value === null || value === undefined || !isObjectType(returned)) return 1;
  let total = 1;
  for (const item of Array.isArray(value) ? value : [value]) total += introspectionSelectionCost(walk, node.selectionSet, returned, item);
  return total;
}

function introspectionSelectionCost(walk: Walk, selectionSet: SelectionSetNode, type: GraphQLObjectType, source: unknown): number {
  let known = walk.introspectionMemo.get(selectionSet);
  const cost = known?.get(source);
  if (cost !== undefined) return cost;
  if (!known) walk.introspectionMemo.set(selectionSet, (known = new Map()));
  known.set(source, Infinity);
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = type.getFields()[selection.name.value];
      total += field ? introspectionFieldCost(walk, field, selection, source) : 1;
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
    // Introspection types are object types: a fragment applies only on its own type.
    if (fragment && (!fragment.typeCondition || fragment.typeCondition.name.value === type.name)) {
      total += introspectionSelectionCost(walk, fragment.selectionSet, type, source);
    }
  }
  known.set(source, total);
  return total;
}
