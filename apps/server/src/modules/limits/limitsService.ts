// The limits this server enforces, as the forms need them: the defaults of packages/rules
// with what the deployment changed through the environment (config.ts, the only reader of
// it). One function, so the served limits (Query.limits) and those embedded in server-
// rendered pages (http/pageRenderer.ts) cannot differ. No SQL: it reads the config only.
import { defaultLimits, type Limits } from '@newsroom/rules/limits';
import type { Config } from '../../config';

export function effectiveLimits(config: Pick<Config, 'comments'>): Limits {
  return {
    ...defaultLimits,
    comment: {
      bodyMax: config.comments.bodyMax,
      authorNameMax: config.comments.authorNameMax,
      editWindowSeconds: config.comments.editWindowSeconds,
    },
  };
}
