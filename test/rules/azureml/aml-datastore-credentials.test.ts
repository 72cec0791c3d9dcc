import rule from '../../../server/src/rules/azureml/aml-datastore-credentials';
import { fakeStorageKey } from '../../helpers/fakeSecrets';
import { ruleTester } from '../../helpers/ruleTester';

const BLOB = '$schema: https://azuremlschemas.azureedge.net/latest/azureBlob.schema.json\n';
const GEN2 = '$schema: https://azuremlschemas.azureedge.net/latest/azureDataLakeGen2.schema.json\n';
const KEY = fakeStorageKey(7);

ruleTester(rule, {
  valid: [
    { name: 'credential-less blob', code: `${BLOB}name: b\ntype: azure_blob\naccount_name: acct\ncontainer_name: data\n`, path: 'datastore.yml' },
    { name: 'service principal ids without a secret', code: `${GEN2}name: g\ntype: azure_data_lake_gen2\naccount_name: a\nfilesystem: f\ncredentials:\n  tenant_id: t\n  client_id: c\n`, path: 'datastore.yml' },
    { name: 'empty secret (passed on the command line)', code: `${BLOB}name: b\ntype: azure_blob\naccount_name: a\ncontainer_name: c\ncredentials:\n  account_key:\n`, path: 'datastore.yml' },
  ],
  invalid: [
    {
      name: 'account key (real-looking)',
      code: `${BLOB}name: b\ntype: azure_blob\naccount_name: acct\ncontainer_name: data\ncredentials:\n  account_key: ${KEY}\n`,
      path: 'datastore.yml',
      errors: [{ messageId: 'credentials', text: 'account_key', message: 'a storage account key (account_key)' }],
      output: `${BLOB}name: b\ntype: azure_blob\naccount_name: acct\ncontainer_name: data\n`,
      fixTitles: ['Remove credentials (use identity-based access)'],
    },
    {
      name: 'SAS placeholder, credentials in the middle, comment kept',
      code: `${BLOB}name: b\ntype: azure_blob\ncredentials:\n  sas_token: ?sv=XXXX&sig=XXXX\n# the account\naccount_name: acct\ncontainer_name: data\n`,
      path: 'datastore.yml',
      errors: [{ messageId: 'credentials', message: 'SAS token' }],
      output: `${BLOB}name: b\ntype: azure_blob\n# the account\naccount_name: acct\ncontainer_name: data\n`,
    },
    {
      name: 'ADLS Gen2 client secret',
      code: `${GEN2}name: g\ntype: azure_data_lake_gen2\naccount_name: a\nfilesystem: f\ncredentials:\n  tenant_id: t\n  client_id: c\n  client_secret: XXXXXXXXXXXXXXXX\n`,
      path: 'datastore.yml',
      errors: [{ messageId: 'credentials', text: 'client_secret' }],
      output: `${GEN2}name: g\ntype: azure_data_lake_gen2\naccount_name: a\nfilesystem: f\n`,
    },
    {
      name: 'file share detected by content',
      code: 'name: f\ntype: azure_file\naccount_name: a\nfile_share_name: s\ncredentials:\n  account_key: XxXx\n',
      path: 'file.yml',
      errors: [{ messageId: 'credentials', message: 'Azure Files datastore' }],
      output: 'name: f\ntype: azure_file\naccount_name: a\nfile_share_name: s\n',
    },
  ],
});
