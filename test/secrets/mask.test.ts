import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskSecret, secretPrefix, shannonEntropy, visiblePrefixLength } from '../../server/src/secrets';
import { Fakes } from './fakes';

describe('secrets: masking', () => {
  const f = new Fakes(5);
  const samples = [
    f.storageKey(), f.githubToken(), f.githubFineGrained(), f.openai('proj'), f.anthropic(), f.huggingface(),
    f.databricks(), f.entraSecret(), f.hex32(), f.adoLegacyPat(), f.cask('AZDO'), f.pem(), f.jwt(), f.password(12),
    f.password(11), f.password(8), f.password(6), f.password(5), 'ab', 'abc1', '',
  ];

  it('shows at most the first 4 characters, then an ellipsis and the length', () => {
    const s = 'Xk3JqP9wZr2mLt5v';
    assert.equal(maskSecret(s), 'Xk3J… (16 chars)');
    assert.equal(secretPrefix(s), 'Xk3J…');
  });

  it('shows at most 2 characters below 12 and none below 6', () => {
    assert.equal(maskSecret('Ab3$eF7!xY9'), 'Ab… (11 chars)');
    assert.equal(maskSecret('Ab3$eF'), 'Ab… (6 chars)');
    assert.equal(maskSecret('Ab3$e'), '… (5 chars)');
    assert.equal(visiblePrefixLength(12), 4);
    assert.equal(visiblePrefixLength(11), 2);
    assert.equal(visiblePrefixLength(5), 0);
  });

  for (const s of samples) {
    it(`never reveals more than the allowed prefix (${s.length} chars)`, () => {
      const masked = maskSecret(s);
      const allowed = visiblePrefixLength(s.length);
      assert.ok(allowed <= 4);
      assert.equal(masked, `${s.slice(0, allowed)}… (${s.length} chars)`);
    });
  }

  it('drops backticks so a mask cannot break out of a code span', () => {
    assert.equal(secretPrefix('`abcdefghijklmn'), 'abc…');
  });
});

describe('secrets: entropy', () => {
  it('is 0 for empty and single-symbol strings, log2(n) for n distinct symbols', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('ab'), 1);
    assert.equal(shannonEntropy('abcdefgh'), 3);
  });
  it('ranks random keys above words', () => {
    const f = new Fakes(9);
    assert.ok(shannonEntropy(f.storageKey()) > 5);
    assert.ok(shannonEntropy('mysecretpassword') < 3.5);
  });
});
