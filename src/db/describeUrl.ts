/** host:port/database of a connection string, without the credentials, for messages. */
export function describeDatabaseUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString)
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || ''}`
  } catch {
    return '(unparseable DATABASE_URL)'
  }
}

export function withDatabaseName(connectionString: string, database: string): string {
  const url = new URL(connectionString)
  url.pathname = `/${database}`
  return url.toString()
}
