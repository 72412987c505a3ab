import 'server-only';
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

// Real billers (tax bureau, social insurance, water and power companies) hold their own private
// keys and sign the codes they print; the wallet never sees those keys. The wallet stores only
// each biller's public key, in `billers.public_key` as base64url SPKI DER, and verifies with it.
//
// The demo has no real billers, so their key pairs are derived here from a fixed, public seed:
// anyone can forge a demo code. Never use these keys outside demo data and tests.

/** PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

const base64url = /^[A-Za-z0-9_-]{1,1024}$/;

/** The deterministic demo key pair of a biller: seed = sha256('anxin-demo-biller:' + id). */
export function demoBillerKeyPair(billerId: string): {
  privateKey: KeyObject;
  publicKeySpki: string;
} {
  const seed = createHash('sha256').update(`anxin-demo-biller:${billerId}`, 'utf8').digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  return { privateKey, publicKeySpki: spki.toString('base64url') };
}

/** A biller's Ed25519 public key from its stored form (base64url SPKI DER). */
export function publicKeyFromSpki(b64url: string): KeyObject {
  if (!base64url.test(b64url)) throw new Error('biller public key is not base64url');
  const key = createPublicKey({
    key: Buffer.from(b64url, 'base64url'),
    format: 'der',
    type: 'spki',
  });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('biller public key is not Ed25519');
  return key;
}
