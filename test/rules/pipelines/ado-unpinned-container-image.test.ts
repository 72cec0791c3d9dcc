import rule from '../../../server/src/rules/pipelines/ado-unpinned-container-image';
import { ruleTester } from '../../helpers/ruleTester';

const D = 'sha256:' + 'cd'.repeat(32);

ruleTester(rule, {
  valid: [
    { name: 'digests', code: `resources:\n  containers:\n    - container: py\n      image: python@${D}\njobs:\n  - job: a\n    container: py\n  - job: b\n    container: ubuntu@${D}\n` },
    { name: 'macro image', code: 'jobs:\n  - job: a\n    container: $(image)\n' },
  ],
  invalid: [
    {
      name: 'resource tag, job string latest, job map untagged',
      code: 'resources:\n  containers:\n    - container: py\n      image: python:3.12\njobs:\n  - job: a\n    container: ubuntu:latest\n  - job: b\n    container:\n      image: myacr.azurecr.io/tools\n',
      errors: [
        { messageId: 'tag', text: 'python:3.12', message: 'Container resource `py`' },
        { messageId: 'latest', text: 'ubuntu:latest', message: 'job `a`' },
        { messageId: 'latest', message: 'job `b`' },
      ],
    },
  ],
});
