export function openApiDocument(serverUrl: string): Record<string, unknown> { return { openapi: '3.1.0', servers: [{ url: serverUrl }] } }
