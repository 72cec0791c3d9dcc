import rule from '../../../server/src/rules/pipelines/ado-unpinned-template-repository';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'tag', code: 'resources:\n  repositories:\n    - repository: t\n      type: git\n      name: P/templates\n      ref: refs/tags/v1.2.0\nextends:\n  template: pipeline.yml@t\n' },
    { name: 'commit', code: `resources:\n  repositories:\n    - repository: t\n      type: github\n      name: o/r\n      endpoint: gh\n      ref: ${'a'.repeat(40)}\nsteps:\n  - template: steps.yml@t\n` },
    { name: 'repository only checked out', code: 'resources:\n  repositories:\n    - repository: other\n      type: git\n      name: P/other\nsteps:\n  - checkout: other\n' },
  ],
  invalid: [
    {
      name: 'no ref for extends',
      code: 'resources:\n  repositories:\n    - repository: templates\n      type: git\n      name: Platform/pipeline-templates\nextends:\n  template: secure.yml@templates\n',
      errors: [{ messageId: 'noRef', text: 'templates', line: 3, message: '`extends`' }],
    },
    {
      name: 'branch refs for stage and job templates',
      code: 'resources:\n  repositories:\n    - repository: t\n      type: github\n      name: o/r\n      ref: refs/heads/main\n    - repository: u\n      type: git\n      name: P/u\n      ref: develop\nstages:\n  - template: stages/build.yml@t\n  - stage: s\n    jobs:\n      - template: jobs/test.yml@u\n',
      errors: [{ messageId: 'branch', text: 'refs/heads/main', message: '`stages/build.yml`' }, { messageId: 'branch', text: 'develop' }],
    },
  ],
});
