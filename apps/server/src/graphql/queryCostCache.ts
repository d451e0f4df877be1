// The cost of an operation, kept with the parsed document. Costing the article page takes
// about 60 µs, a tenth of what answering it from the caches takes, and Apollo hands us the
// same DocumentNode for every repeat of a query text. The cost depends on the document and
// only on the variables that feed a `first`, so those values are the key: the article page
// has one entry, a feed one per page size.
import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { setBounded } from '../platform/boundedMap';
import { operationCost } from './queryCost';

interface DocumentCosts {
  /** The variables passed to a `first`; undefined when the document costs introspection, which reads any argument. */
  readonly firstVariables: readonly string[] | undefined;
  readonly costs: Map<string, number>;
}

/** Costs kept per document: more distinct page sizes than this are rare, and evicted oldest first. */
const maxCostsPerDocument = 16;

const cache = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentCosts>>();

/** operationCost, remembered per (schema, document, operation, values of the `first` variables). */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  limit: number,
): number {
  let documents = cache.get(schema);
  if (!documents) cache.set(schema, (documents = new WeakMap()));
  let entry = documents.get(document);
  if (!entry) documents.set(document, (entry = { firstVariables: firstVariablesOf(document), costs: new Map() }));
  if (!entry.firstVariables) return operationCost(schema, document, operationName, variables, limit);
  // Absent (the default applies), undefined and null are three different `first`s.
  const valueOf = (name: string) =>
    !variables || !Object.hasOwn(variables, name) ? 0 : variables[name] === undefined ? 1 : [variables[name]];
  const key = JSON.stringify([operationName ?? null, ...entry.firstVariables.map(valueOf)]);
  let cost = entry.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operationName, variables, limit);
    setBounded(entry.costs, key, cost, maxCostsPerDocument);
  }
  return cost;
}

function firstVariablesOf(document: DocumentNode): string[] | undefined {
  const names = new Set<string>();
  let introspection = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') introspection = true;
    },
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return introspection ? undefined : [...names].sort();
}
