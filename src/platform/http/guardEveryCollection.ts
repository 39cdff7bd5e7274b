import type { Config, Plugin } from 'payload'

import { requestGuards, type DescribeProblem } from './guardRequestArgs'

/**
 * Adds the request checks to every collection and global of the config, so that a collection added
 * later is covered without anyone remembering to, and the error net to the whole API. Their
 * refusals are worded by `describe`, in the language the client asks for.
 */
export const guardEveryCollection =
  (describe: DescribeProblem): Plugin =>
  (config: Config): Config => {
    const { guardRequestArgs, guardGlobalArgs, answerBadRequestArgs } = requestGuards(describe)
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [guardRequestArgs, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        hooks: { ...global.hooks, beforeOperation: [guardGlobalArgs, ...(global.hooks?.beforeOperation ?? [])] },
      })),
      hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), answerBadRequestArgs] },
    }
  }
