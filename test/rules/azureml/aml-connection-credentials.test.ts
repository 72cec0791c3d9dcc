import rule from '../../../server/src/rules/azureml/aml-connection-credentials';
import { ruleTester } from '../../helpers/ruleTester';

const CONN = '$schema: http://azureml/sdk-2-0/Connection.json\n';

ruleTester(rule, {
  valid: [
    { name: 'managed identity', code: `${CONN}name: acr\ntype: container_registry\ntarget: https://x.azurecr.io\ncredentials:\n  type: managed_identity\n  client_id: c\n  resource_id: r\n`, path: 'connection.yml' },
    { name: 'secrets left blank for --set', code: `${CONN}type: s3\nname: s3\ntarget: bucket\ncredentials:\n  type: access_key\n  access_key_id:  # id\n  secret_access_key:  # secret\n`, path: 'connection.yml' },
    { name: 'Azure OpenAI without a key (Entra ID)', code: `${CONN}name: aoai\ntype: azure_open_ai\nazure_endpoint: https://x.openai.azure.com/\n`, path: 'connection.yml' },
    {
      name: 'prompt flow connection asking for the key',
      code: '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: aoai\ntype: azure_open_ai\napi_key: "<user-input>"\napi_base: https://x.openai.azure.com/\n',
      path: 'connection.yml',
    },
  ],
  invalid: [
    {
      name: 'git PAT',
      code: 'name: git\ntype: git\ntarget: https://github.com/org/repo\ncredentials:\n  type: pat\n  pat: dummy_pat\n',
      path: 'git-pat.yml',
      errors: [{ messageId: 'secret', text: 'pat', message: '--set credentials.pat=' }],
      output: 'name: git\ntype: git\ntarget: https://github.com/org/repo\ncredentials:\n  type: pat\n',
      fixTitles: ['Remove pat (pass it with --set)'],
    },
    {
      name: 'username and password: the first secret is reported',
      code: `${CONN}type: snowflake\nname: sf\ntarget: jdbc:snowflake://acct.snowflakecomputing.com/\ncredentials:\n    type: username_password\n    username: svc\n    password: Winter2024\n`,
      path: 'connection.yml',
      errors: [{ messageId: 'secret', text: 'password', message: 'snowflake connection stores a password' }],
      output: `${CONN}type: snowflake\nname: sf\ntarget: jdbc:snowflake://acct.snowflakecomputing.com/\ncredentials:\n    type: username_password\n    username: svc\n`,
    },
    {
      name: 'Azure OpenAI api_key: removed in favour of Entra ID',
      code: `${CONN}name: aoai\ntype: azure_open_ai\nazure_endpoint: https://x.openai.azure.com/\napi_key: 0123456789abcdef0123456789abcdef\nis_shared: false\n`,
      path: 'connection.yml',
      errors: [{ messageId: 'secret', text: 'api_key', message: 'Microsoft Entra ID' }],
      output: `${CONN}name: aoai\ntype: azure_open_ai\nazure_endpoint: https://x.openai.azure.com/\nis_shared: false\n`,
      fixTitles: ['Remove api_key (use Microsoft Entra ID)'],
    },
    {
      name: 'blob connection with an account key',
      code: `${CONN}name: blob\ntype: azure_blob\nurl: https://a.blob.core.windows.net\ncontainer_name: c\naccount_name: a\ncredentials:\n  type: account_key\n  account_key: XXXX\n`,
      path: 'connection.yml',
      errors: [{ messageId: 'secret' }],
      output: `${CONN}name: blob\ntype: azure_blob\nurl: https://a.blob.core.windows.net\ncontainer_name: c\naccount_name: a\n`,
    },
    {
      name: 'custom keys',
      code: `${CONN}name: c\ntype: custom\ntarget: https://api.example.com\ncredentials:\n  type: custom\n  keys:\n    token: abc\n`,
      path: 'connection.yml',
      errors: [{ messageId: 'secret', text: 'keys' }],
      output: `${CONN}name: c\ntype: custom\ntarget: https://api.example.com\ncredentials:\n  type: custom\n`,
    },
    {
      name: 'prompt flow connection with a literal key',
      code: '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: aoai\ntype: azure_open_ai\napi_key: "sk-not-a-real-one"\napi_base: https://x.openai.azure.com/\n',
      path: 'connection.yml',
      errors: [{ messageId: 'promptflow', text: 'api_key' }],
      output: '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: aoai\ntype: azure_open_ai\napi_key: "<user-input>"\napi_base: https://x.openai.azure.com/\n',
    },
  ],
});
