import type { Limits } from '@newsroom/rules/limits';
import { createContext, useContext } from 'react';

/** The limits the server enforces (Query.limits), provided by LimitsProvider. */
export const LimitsContext = createContext<Limits | undefined>(undefined);

/**
 * The limits the server enforces, as it served them: a form counts and checks against
 * these, never the compiled defaults, which a deployment may have changed.
 */
export function useLimits(): Limits {
  const limits = useContext(LimitsContext);
  if (!limits) throw new Error('useLimits() needs a LimitsProvider above it (limits/LimitsProvider.tsx)');
  return limits;
}
