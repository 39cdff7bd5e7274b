import fs from 'node:fs'

export type Latency = { p50: number; p95: number; perSecond: number }

/** Sequential requests over one keep-alive connection; milliseconds per request. */
export async function measureLatency(url: string, requests: number, init?: RequestInit, warmup = 20): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await (await fetch(url, init)).arrayBuffer()
  const times: number[] = []
  const started = performance.now()
  for (let i = 0; i < requests; i += 1) {
    const t0 = performance.now()
    const response = await fetch(url, init)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
    times.push(performance.now() - t0)
  }
  const elapsed = performance.now() - started
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!
  return { p50: at(0.5), p95: at(0.95), perSecond: (requests / elapsed) * 1000 }
}

/** Resident memory of a process and all its descendants, in MiB, from /proc. */
export function treeRssMiB(rootPid: number): { total: number; byName: Record<string, number> } {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const byName: Record<string, number> = {}
  let total = 0
  const visit = (pid: number) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
      const rss = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024
      const name = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres') ? 'postgres' : (status.match(/Name:\s+(\S+)/)?.[1] ?? '?')
      byName[name] = (byName[name] ?? 0) + rss
      total += rss
    } catch {
      return
    }
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(rootPid)
  return { total, byName }
}
