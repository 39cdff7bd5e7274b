/**
 * A pass that is asked for often and must not pile up: asked while it runs, it runs once
 * more when it ends (what arrived meanwhile may have missed the running pass), however
 * many times it was asked. `idle()` resolves when nothing runs or waits.
 */
export class CoalescingPass {
  private running: Promise<void> | null = null
  private again = false

  constructor(
    private readonly pass: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  request(): void {
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.loop().finally(() => (this.running = null))
  }

  async idle(): Promise<void> {
    while (this.running) await this.running
  }

  private async loop(): Promise<void> {
    do {
      this.again = false
      try {
        await this.pass()
      } catch (error) {
        this.onError(error)
      }
    } while (this.again)
  }
}
