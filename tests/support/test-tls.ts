import path from 'node:path';

// Beside the build's records (`BUILD_DIR`, as scripts/folders.ts reads it), so
// that a test with a build environment of its own keeps it there too.
const folder = path.resolve(process.env.BUILD_DIR || 'build', 'test-tls');

/**
 * The certificate for 127.0.0.1 that scripts/nginx-test-server.ts makes for
 * the HTTPS server under test, and its key: the Observatory test trusts it.
 */
export const TEST_TLS = {cert: path.join(folder, 'cert.pem'), key: path.join(folder, 'key.pem')};
