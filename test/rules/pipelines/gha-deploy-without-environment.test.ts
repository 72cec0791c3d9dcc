import rule from '../../../server/src/rules/pipelines/gha-deploy-without-environment';
import { ruleTester } from '../../helpers/ruleTester';

const job = (body: string) => `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'has an environment', code: job('    environment: production\n    steps:\n      - uses: azure/webapps-deploy@v3\n') },
    { name: 'environment map form', code: job('    environment:\n      name: prod\n      url: https://x\n    steps:\n      - run: az deployment group create -g rg -f main.bicep\n') },
    { name: 'training jobs are not deployments', code: job('    steps:\n      - run: az ml job create -f job.yml\n') },
    { name: 'kubectl without AKS context', code: job('    steps:\n      - run: kubectl apply -f k8s/\n') },
    { name: 'reusable workflow calls cannot declare an environment', code: 'on: push\njobs:\n  d:\n    uses: ./.github/workflows/deploy.yml\n' },
  ],
  invalid: [
    {
      name: 'deploy action; fix adds environment after runs-on',
      code: job('    steps:\n      - uses: azure/webapps-deploy@v3\n        with:\n          app-name: x\n'),
      errors: [{ messageId: 'noEnvironment', text: 'deploy', message: '`azure/webapps-deploy@v3`', related: ['Deployment step'] }],
      output: job('    environment: production\n    steps:\n      - uses: azure/webapps-deploy@v3\n        with:\n          app-name: x\n'),
    },
    {
      name: 'az ml online-deployment in a script, custom environment name',
      code: job('    steps:\n      - run: |\n          az ml online-deployment create -f blue.yml --all-traffic\n'),
      options: { environment: 'ml-prod' },
      errors: [{ message: 'az ml online/batch deployment' }],
      output: job('    environment: ml-prod\n    steps:\n      - run: |\n          az ml online-deployment create -f blue.yml --all-traffic\n'),
    },
    {
      name: 'helm against AKS',
      code: job('    steps:\n      - uses: azure/aks-set-context@v4\n      - run: helm upgrade --install app ./chart\n'),
      errors: [{ message: 'kubectl/helm against AKS' }],
      output: job('    environment: production\n    steps:\n      - uses: azure/aks-set-context@v4\n      - run: helm upgrade --install app ./chart\n'),
    },
  ],
});
