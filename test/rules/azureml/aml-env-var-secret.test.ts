import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule, { secretInjectionFor } from '../../../server/src/rules/azureml/aml-env-var-secret';
import { ruleTester } from '../../helpers/ruleTester';

const CJ = '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json\n';
const PJ = '$schema: https://azuremlschemas.azureedge.net/latest/pipelineJob.schema.json\n';
const MOD = '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineDeployment.schema.json\n';
const BD = '$schema: https://azuremlschemas.azureedge.net/latest/modelBatchDeployment.schema.json\n';

describe('secretInjectionFor', () => {
  it('derives a connection and credential name from the variable', () => {
    assert.equal(secretInjectionFor('AZURE_OPENAI_API_KEY'), '${{azureml://connections/azure_openai/credentials/azure_openai_api_key}}');
    assert.equal(secretInjectionFor('dbPassword'), '${{azureml://connections/db/credentials/db_password}}');
    assert.equal(secretInjectionFor('API_KEY'), '${{azureml://connections/my_connection/credentials/api_key}}');
  });
});

ruleTester(rule, {
  valid: [
    {
      name: 'references, empty values and names that are not secrets',
      code: `${CJ}command: python run.py\nenvironment: azureml:env@latest\nenvironment_variables:\n  API_KEY: \${{azureml://connections/aoai/credentials/key}}\n  KV_SECRET_MULTIPLIER: multiplier@https://<KV_NAME>.vault.azure.net\n  CLIENT_SECRET:\n  MAX_TOKENS: "100"\n  TOKENIZER: bert\n  AZUREML_COMPUTE_USE_COMMON_RUNTIME: "true"\n`,
    },
    {
      name: 'random-looking values are left to hardcoded-password',
      code: `${CJ}command: python run.py\nenvironment: azureml:env@latest\nenvironment_variables:\n  DB_PASSWORD: Winter2024\n`,
    },
    {
      name: 'Key Vault secret injection in a deployment',
      code: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nenvironment_variables:\n  OPENAI_API_KEY: \${{keyvault:https://kv.vault.azure.net/secrets/openai/1}}\n`,
      path: 'deployment.yml',
    },
  ],
  invalid: [
    {
      name: 'short literal password in a command job (no fix outside deployments)',
      code: `${CJ}command: python run.py\nenvironment: azureml:env@latest\nenvironment_variables:\n  DB_PASSWORD: hunter2\n`,
      errors: [{ messageId: 'literal', text: 'hunter2', message: 'in the job definition' }],
    },
    {
      name: 'placeholder API key in an online deployment: secret injection fix',
      code: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nenvironment_variables:\n  AZURE_OPENAI_API_KEY: <your-api-key>  # paste here\n  AZURE_OPENAI_ENDPOINT: https://x.openai.azure.com/\n`,
      path: 'deployment.yml',
      errors: [{ messageId: 'placeholder', text: '<your-api-key>', message: 'expects an API key' }],
      output: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nenvironment_variables:\n  AZURE_OPENAI_API_KEY: \${{azureml://connections/azure_openai/credentials/azure_openai_api_key}}  # paste here\n  AZURE_OPENAI_ENDPOINT: https://x.openai.azure.com/\n`,
      fixTitles: ['Replace with ${{azureml://connections/azure_openai/credentials/azure_openai_api_key}}'],
    },
    {
      name: 'quoted literal in a deployment keeps its quotes',
      code: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nenvironment_variables:\n  SEARCH_TOKEN: "abc123"\n`,
      path: 'deployment.yml',
      errors: [{ messageId: 'literal', text: '"abc123"', message: 'managed online deployment' }],
      output: `${MOD}name: blue\nmodel: azureml:m:1\ninstance_type: Standard_DS3_v2\ninstance_count: 1\nenvironment_variables:\n  SEARCH_TOKEN: "\${{azureml://connections/search/credentials/search_token}}"\n`,
    },
    {
      name: 'pipeline step',
      code: `${PJ}type: pipeline\njobs:\n  train:\n    type: command\n    command: echo\n    environment_variables:\n      HF_TOKEN: hf-test\n`,
      errors: [{ messageId: 'literal', message: 'pipeline step', line: 8 }],
    },
    {
      name: 'batch deployment settings',
      code: `${BD}name: b\nendpoint_name: e\ntype: model\nmodel: azureml:m:1\ncompute: azureml:cpu\nsettings:\n  environment_variables:\n    STORAGE_ACCOUNT_KEY: mykey42\n`,
      path: 'deployment.yml',
      errors: [{ messageId: 'literal', message: 'account key' }],
    },
    {
      name: 'sweep trial',
      code: '$schema: https://azuremlschemas.azureedge.net/latest/sweepJob.schema.json\ntype: sweep\ntrial:\n  command: python t.py\n  environment: azureml:e@latest\n  environment_variables:\n    WANDB_API_KEY: short1\nsampling_algorithm: random\nsearch_space:\n  lr:\n    type: uniform\n    min_value: 0.01\n    max_value: 0.1\nobjective:\n  goal: maximize\n  primary_metric: acc\n',
      errors: [{ messageId: 'literal', message: 'sweep trial' }],
    },
  ],
});
