import rule from '../../../server/src/rules/pipelines/gha-secrets-json';
import { ruleTester } from '../../helpers/ruleTester';

const step = (s: string) => `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n${s}`;

ruleTester(rule, {
  valid: [
    { name: 'whole secrets', code: step('      - run: ./deploy.sh\n        env:\n          KEY: ${{ secrets.KEY }}\n') },
    { name: 'fromJSON of non-secrets', code: step('      - run: echo ${{ fromJSON(needs.a.outputs.m).x }}\n') },
    { name: 'toJSON of one secret name is not all secrets', code: step("      - run: echo ${{ toJSON(secrets.A) != '' }}\n") },
  ],
  invalid: [
    {
      name: 'fromJSON of a JSON secret (AZURE_CREDENTIALS pattern)',
      code: step('      - run: az login --service-principal -p ${{ fromJSON(secrets.AZURE_CREDENTIALS).clientSecret }}\n'),
      errors: [{ messageId: 'fromJson', message: 'secrets.AZURE_CREDENTIALS', text: '${{ fromJSON(secrets.AZURE_CREDENTIALS).clientSecret }}' }],
    },
    {
      name: 'bracket form inside a quoted with: value, and toJSON(secrets)',
      code: step("      - uses: x/y@v1\n        with:\n          a: \"${{ fromJson(secrets['SP']).tenantId }}\"\n          all: ${{ toJSON(secrets) }}\n"),
      errors: [{ messageId: 'fromJson', message: 'secrets.SP' }, { messageId: 'toJsonAll' }],
    },
  ],
});
