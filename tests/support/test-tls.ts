import path from 'node:path';

/**
 * The certificate for 127.0.0.1 that scripts/nginx-test-server.ts makes for
 * the HTTPS server under test, and its key: the Observatory test trusts it.
 */
export const TEST_TLS = {cert: path.resolve('build', 'test-tls', 'cert.pem'), key: path.resolve('build', 'test-tls', 'key.pem')};
