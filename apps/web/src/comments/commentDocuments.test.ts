import { Kind, visit, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  AddCommentDocument,
  ArticlePageDocument,
  CommentAddedDocument,
  CommentRepliesDocument,
  CommentThreadsDocument,
  DeleteCommentDocument,
  EditCommentDocument,
  ReportCommentDocument,
} from '../gql/graphql';

// The server refuses operations deeper than 12 levels (apps/server/src/graphql/limits.ts),
// counted in fields: fragments, spread or inline, add no level. Comments nest deeply
// (article, comments, edges, node, replies, edges, node, …); this keeps the thread's
// documents within the limit.
const serverDepthLimit = 12;

function depthOf(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const measure = (selectionSet: SelectionSetNode, parent: number): number => {
    let deepest = parent;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        deepest = Math.max(deepest, selection.selectionSet ? measure(selection.selectionSet, parent + 1) : parent + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, measure(selection.selectionSet, parent));
      else deepest = Math.max(deepest, measure(fragments.get(selection.name.value)!.selectionSet, parent));
    }
    return deepest;
  };
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  return measure(operation.selectionSet, 0);
}

// Every document the article page's reader sends about comments.
const readerDocuments: Record<string, DocumentNode> = {
  ArticlePageDocument,
  CommentThreadsDocument,
  CommentRepliesDocument,
  AddCommentDocument,
  CommentAddedDocument,
  EditCommentDocument,
  DeleteCommentDocument,
  ReportCommentDocument,
};

describe('the comment documents', () => {
  it('stay within the server’s query depth limit', () => {
    const depths = Object.fromEntries(Object.entries(readerDocuments).map(([name, document]) => [name, depthOf(document)]));
    for (const depth of Object.values(depths)) expect(depth).toBeLessThanOrEqual(serverDepthLimit);
    // The thread's pages are the deepest: a comment, its replies, each reply's parent.
    expect(Math.max(...Object.values(depths))).toBe(depths.CommentThreadsDocument);
  });
});

// Report counts and reasons are for moderators (the server refuses them to readers), and
// the article page must not grow: only the desk's documents ask for them.
const staffOnlyFields = new Set(['reportCount', 'reportReasons']);

function fieldsOf(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, { Field: (field) => void names.add(field.name.value) });
  return names;
}

describe('the reader’s comment documents', () => {
  it('ask for no staff-only field', () => {
    for (const [name, document] of Object.entries(readerDocuments)) {
      expect(
        [...fieldsOf(document)].filter((field) => staffOnlyFields.has(field)),
        name,
      ).toEqual([]);
    }
  });
});
