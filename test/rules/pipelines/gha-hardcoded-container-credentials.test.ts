import rule from '../../../server/src/rules/pipelines/gha-hardcoded-container-credentials';
import { ruleTester } from '../../helpers/ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'secrets',
      code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: myacr.azurecr.io/app:1\n      credentials:\n        username: app\n        password: ${{ secrets.ACR_PASSWORD }}\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          password: ${{ secrets.P }}\n',
    },
    { name: 'string container form', code: 'on: push\njobs:\n  a:\n    runs-on: x\n    container: node:20\n' },
  ],
  invalid: [
    {
      name: 'container and service literals, login action literal',
      code:
        'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: myacr.azurecr.io/app:1\n      credentials:\n        username: app\n        password: "s3cr3t-Pa55"\n    services:\n      db:\n        image: myacr.azurecr.io/db:1\n        credentials:\n          username: app\n          password: hunter22\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          registry: myacr.azurecr.io\n          password: \'abc123xyz\'\n',
      errors: [
        { messageId: 'literal', line: 9, message: 'container of job `a`' },
        { messageId: 'literal', line: 15, message: 'service `db`' },
        { messageId: 'literal', line: 20, message: 'docker/login-action@v3' },
      ],
      output:
        'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: myacr.azurecr.io/app:1\n      credentials:\n        username: app\n        password: "${{ secrets.REGISTRY_PASSWORD }}"\n    services:\n      db:\n        image: myacr.azurecr.io/db:1\n        credentials:\n          username: app\n          password: ${{ secrets.REGISTRY_PASSWORD }}\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          registry: myacr.azurecr.io\n          password: \'${{ secrets.REGISTRY_PASSWORD }}\'\n',
    },
  ],
});
