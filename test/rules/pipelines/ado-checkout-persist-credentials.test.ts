import rule from '../../../server/src/rules/pipelines/ado-checkout-persist-credentials';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    'steps:\n  - checkout: self\n',
    'steps:\n  - checkout: self\n    persistCredentials: false\n',
    { name: 'not a checkout', code: 'steps:\n  - script: echo\n    persistCredentials: true\n' },
  ],
  invalid: [
    {
      name: 'true → false',
      code: 'jobs:\n  - job: a\n    steps:\n      - checkout: self\n        persistCredentials: true\n      - script: make\n',
      errors: [{ messageId: 'persisted', text: 'persistCredentials', line: 5 }],
      output: 'jobs:\n  - job: a\n    steps:\n      - checkout: self\n        persistCredentials: false\n      - script: make\n',
      fixTitles: ['Set persistCredentials to false'],
    },
    {
      name: 'later push: unsafe fix, still offered',
      code: "steps:\n  - checkout: self\n    persistCredentials: 'true'\n  - bash: git push origin HEAD:main\n",
      errors: [{ messageId: 'persisted' }],
      output: "steps:\n  - checkout: self\n    persistCredentials: 'false'\n  - bash: git push origin HEAD:main\n",
    },
  ],
});
