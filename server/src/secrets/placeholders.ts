/**
 * References, placeholders and well-known public values: text that sits where a secret
 * would, but is not one. Every detector runs its candidate through `isNotASecret`.
 */
import { longestRepeatRun, longestSequentialRun } from './entropy';

/** Words that mean "put the real value here" (compared after lower-casing and dropping non-alphanumerics). */
const PLACEHOLDER_WORDS = new Set([
  'password', 'passwd', 'pass', 'pwd', 'secret', 'secrets', 'token', 'apikey', 'key', 'changeme', 'changeit',
  'example', 'sample', 'dummy', 'redacted', 'todo', 'tbd', 'fixme', 'none', 'null', 'nil', 'undefined', 'empty',
  'placeholder', 'mypassword', 'yourpassword', 'mysecret', 'yoursecret', 'mykey', 'yourkey', 'myapikey',
  'yourapikey', 'mytoken', 'yourtoken', 'secretvalue', 'replaceme', 'notused', 'notreal', 'notset', 'unset',
  'default', 'test', 'testing', 'admin', 'root', 'user', 'username', 'value', 'string', 'text', 'hidden',
  'masked', 'removed', 'omitted', 'sensitive', 'required', 'optional', 'true', 'false', 'yes', 'no',
  'password123', 'secret123', 'letmein', 'qwerty',
]);

/** Substrings (lower-case) that mark documentation placeholders even inside longer values. */
const PLACEHOLDER_FRAGMENTS = [
  'xxxx', '****', '....', '…', '____', '####', '----',
  'example', 'dummy', 'sample', 'placeholder', 'redacted', 'changeme', 'replace_me', 'replace-me', 'replaceme',
  'your_', 'your-', 'yourkey', 'yoursecret', 'yourpassword', 'yourtoken', '_here', '-here', 'insert_', 'insert-',
  'notarealkey', 'not_a_real', 'not-a-real', 'fakekey', 'fake_key', 'fake-key', 'foobar', 'lorem',
];

/** The Azurite / storage emulator account key: published in Microsoft's docs for local development. */
const AZURITE_KEY_PREFIX = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq';
/** Signature of the sample token on jwt.io, reproduced in countless tutorials. */
const JWT_IO_SAMPLE_SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

/** Values that are references to a secret kept elsewhere, not the secret. */
export function isReference(s: string): boolean {
  if (s.includes('\u0000')) return true; // an interpolation hole (`${{ }}`, Bicep `${}`)
  const t = s.trim();
  if (t.length === 0) return false;
  const c0 = t.charCodeAt(0);
  // $VAR, ${VAR}, $(var), $[ variables.x ], ${{ secrets.X }}, $env:X
  if (c0 === 36 /* $ */) return true;
  if (t.includes('${') || t.includes('$(') || t.includes('$[')) return true;
  // %VAR% (Windows, MSBuild)
  if (/^%[A-Za-z_][\w.-]{0,100}%$/.test(t)) return true;
  // {{ x }} (Jinja, Mustache, Helm), {x}
  if (t.includes('{{') && t.includes('}}')) return true;
  if (/^\{[A-Za-z_][\w.-]{0,100}\}$/.test(t)) return true;
  // ARM template expression "[parameters('x')]"
  if (c0 === 91 /* [ */ && t.endsWith(']')) return true;
  const lower = t.toLowerCase();
  if (lower.includes('@microsoft.keyvault(')) return true;
  if (lower.startsWith('keyvault:') || lower.includes('keyvault://')) return true;
  if (lower.includes('.vault.azure.net/secrets/') || lower.includes('.vault.azure.net')) return true;
  if (lower.startsWith('azureml:') || lower.includes('azureml://')) return true;
  // Bicep / ARM helpers in a string: getSecret('…'), listKeys(…)
  if (lower.includes('getsecret(') || lower.includes('listkeys(')) return true;
  // Common code-level lookups when YAML embeds code: os.environ["X"], process.env.X, env.X
  if (/^(os\.environ|os\.getenv|process\.env|env\.|secrets\.|vars\.|variables\.|parameters\.)/i.test(t)) return true;
  return false;
}

/** Documentation placeholders: `<your-key>`, `xxxx`, `****`, `changeme`, `TODO`, … */
export function isPlaceholder(s: string, opts: { allowRuns?: boolean } = {}): boolean {
  const t = s.trim();
  if (t.length === 0) return true;
  const lower = t.toLowerCase();
  const alnum = lower.replace(/[^a-z0-9]/g, '');
  if (alnum.length === 0) return true;
  if (PLACEHOLDER_WORDS.has(alnum)) return true;
  if (/<[^<>\n]{1,100}>/.test(t) || t.startsWith('<') || t.endsWith('>')) return true;
  for (const f of PLACEHOLDER_FRAGMENTS) if (lower.includes(f)) return true;
  if (!opts.allowRuns) {
    if (longestRepeatRun(t) >= 6) return true;
  }
  if (longestSequentialRun(t) >= 6) return true;
  return false;
}

/** Public values that look like secrets but are published on purpose. */
export function isWellKnownPublicValue(s: string): boolean {
  if (s.startsWith(AZURITE_KEY_PREFIX)) return true;
  if (s.includes(JWT_IO_SAMPLE_SIGNATURE)) return true;
  return false;
}

/** True when a candidate must not be reported: a reference, a placeholder or a well-known public value. */
export function isNotASecret(candidate: string, opts: { allowRuns?: boolean } = {}): boolean {
  return isReference(candidate) || isPlaceholder(candidate, opts) || isWellKnownPublicValue(candidate);
}

const GUID = /^[{(]?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[})]?$/;

export function isGuid(s: string): boolean {
  return GUID.test(s);
}
