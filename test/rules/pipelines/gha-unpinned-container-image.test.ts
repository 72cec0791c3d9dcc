import rule from '../../../server/src/rules/pipelines/gha-unpinned-container-image';
import { ruleTester } from '../../helpers/ruleTester';

const D = 'sha256:' + 'ab'.repeat(32);

ruleTester(rule, {
  valid: [
    { name: 'digests everywhere', code: `on: push\njobs:\n  a:\n    runs-on: x\n    container: node@${D}\n    services:\n      redis:\n        image: redis:7@${D}\n    steps:\n      - uses: docker://alpine@${D}\n` },
    { name: 'expression', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: ${{ matrix.image }}\n' },
    { name: 'tags allowed by option', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container: node:20\n', options: { requireDigest: false } },
  ],
  invalid: [
    {
      name: 'latest, untagged with a registry port, tag',
      code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: mcr.microsoft.com/azureml/base:latest\n    services:\n      db:\n        image: localhost:5000/postgres\n    steps:\n      - uses: docker://alpine:3.19\n',
      errors: [
        { messageId: 'latest', text: 'mcr.microsoft.com/azureml/base:latest', message: 'The container of job `a`' },
        { messageId: 'latest', message: 'Service `db`' },
        { messageId: 'tag', text: 'docker://alpine:3.19', message: '`alpine:3.19`' },
      ],
    },
    { name: 'latest is reported without requireDigest', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container: node\n', options: { requireDigest: false }, errors: [{ messageId: 'latest' }] },
  ],
});
