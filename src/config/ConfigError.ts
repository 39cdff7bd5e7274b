/**
 * A configuration problem the operator can fix. Launch scripts print its message as a
 * single line and exit non-zero, instead of a stack trace.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
