import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Browser tests share one running app and build on each other (the admin test creates the
 * first account that the workflow test then signs in with), so they run in file-name order.
 */
export class ByFileName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId))
  }
}
