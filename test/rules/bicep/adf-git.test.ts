import { it } from 'node:test';
import rule from '../../../server/src/rules/bicep/adf-git';
import { ruleTester } from '../../helpers/ruleTester';
import { assertSnippetResolves } from './snippetCheck';
import { adf } from './fixtures';

ruleTester(rule, {
  valid: [
    { name: 'GitHub configured', code: adf("    repoConfiguration: {\n      type: 'FactoryGitHubConfiguration'\n      accountName: 'contoso'\n      repositoryName: 'adf'\n      collaborationBranch: 'main'\n      rootFolder: '/'\n    }") },
    { name: 'from a param', code: `param repo object\n${adf('    repoConfiguration: repo')}` },
    { name: 'existing', code: "resource adf 'Microsoft.DataFactory/factories@2018-06-01' existing = {\n  name: 'adf'\n}\n" },
  ],
  invalid: [
    {
      name: 'absent',
      code: adf("    publicNetworkAccess: 'Disabled'"),
      errors: [{ messageId: 'absent', line: 4, text: 'properties' }],
      output: adf("    publicNetworkAccess: 'Disabled'\n    repoConfiguration: {\n      type: '${1:FactoryGitHubConfiguration}'\n      accountName: '${2:contoso}'\n      repositoryName: '${3:data-pipelines}'\n      collaborationBranch: '${4:main}'\n      rootFolder: '/'\n    }"),
    },
  ],
});

it('adf-git: the snippet parses and resolves the finding', () => {
  assertSnippetResolves(rule, { code: adf("    publicNetworkAccess: 'Disabled'"), title: 'Add a Git repository configuration' });
});
