import rule from '../../../server/src/rules/bicep/sc-module-version';
import { ruleTester } from '../../helpers/ruleTester';

const mod = (ref: string) => `module m '${ref}' = {\n  params: {\n    name: 'x'\n  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'full AVM version', code: mod('br/public:avm/res/key-vault/vault:0.13.0') },
    { name: 'digest', code: mod('br:contosoacr.azurecr.io/bicep/modules/kv@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef') },
    { name: 'local module', code: mod('./kv.bicep') },
    { name: 'template spec v1', code: mod('ts:00000000-0000-0000-0000-000000000000/rg/spec:v1') },
    { name: 'trusted registry', code: mod('br:contosoacr.azurecr.io/bicep/kv:1.0.0'), options: { trustedRegistries: ['contosoacr.azurecr.io'] } },
  ],
  invalid: [
    { name: 'latest', code: mod('br:contosoacr.azurecr.io/bicep/kv:latest'), errors: [{ messageId: 'floating', line: 1, text: "'br:contosoacr.azurecr.io/bicep/kv:latest'" }] },
    { name: 'major only', code: mod('br:contosoacr.azurecr.io/bicep/kv:v1'), errors: [{ messageId: 'partial', message: "'v1'" }] },
    { name: 'import with a moving tag', code: "import { lockType } from 'br/public:avm/utl/types/avm-common-types:main'\n", errors: [{ messageId: 'floating', message: "Import 'avm/utl/types/avm-common-types'" }] },
    { name: 'untrusted registry', code: mod('br:evil.azurecr.io/bicep/kv:1.0.0'), options: { trustedRegistries: ['mcr.microsoft.com'] }, errors: [{ messageId: 'untrusted', message: "registry 'evil.azurecr.io'" }] },
    { name: '.bicepparam using a moving tag', path: 'main.bicepparam', code: "using 'br:contosoacr.azurecr.io/bicep/app:latest'\nparam x = 1\n", errors: [{ messageId: 'floating', line: 1 }] },
  ],
});
