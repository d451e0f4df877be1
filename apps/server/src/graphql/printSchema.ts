// Prints the merged SDL to packages/schema/schema.graphql, the file the web app's codegen
// and external clients read. CI prints it again and fails if the committed copy drifted.
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema } from 'graphql';
import { typeDefs } from './typeDefs';

const target = fileURLToPath(new URL('../../../../packages/schema/schema.graphql', import.meta.url));
const printed = printSchemaWithDirectives(lexicographicSortSchema(makeExecutableSchema({ typeDefs }))) + '\n';

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== printed) {
    console.error('packages/schema/schema.graphql is out of date: run `pnpm codegen` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  writeFileSync(target, printed);
  console.log(`Wrote ${target}`);
}
