import type { Request } from '@playwright/test';

/** The GraphQL operation a request runs: queries go as GET by hash (ADR 038), mutations as POST. */
export function operationNameOf(request: Request): string | undefined {
  if (request.method() === 'GET') return new URL(request.url()).searchParams.get('operationName') ?? undefined;
  return request.postDataJSON()?.operationName;
}
