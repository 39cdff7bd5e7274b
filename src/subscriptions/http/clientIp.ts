/**
 * The client address the rate limits count by: the first address of `X-Forwarded-For`
 * (the client, as the load balancer saw it), else `X-Real-IP`, else `unknown`. Only what
 * looks like an IPv4 or IPv6 address is kept, so a header cannot make up bucket names.
 */
export function clientIpOf(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  const candidate = forwarded || request.headers.get('x-real-ip')?.trim()
  if (candidate && /^[0-9A-Fa-f:.]{2,45}$/.test(candidate)) return candidate.toLowerCase()
  return 'unknown'
}
