/**
 * adf-git: the development data factory should be connected to a Git repository, so that
 * pipeline changes are reviewed and versioned instead of edited live.
 */
import { defineRule } from '../../engine/rule';
import { insertPropertyEdit } from '../../languages/bicep';
import { anchorSpan, isResourceOfType, propertyState, relevantForTypes } from './support';
import { DATA_FACTORIES } from './parts/paasCommon';
import { layoutLines, snippetFix } from './parts/snippets';

export default defineRule({
  meta: {
    id: 'adf-git',
    description: 'Development data factories should be connected to a Git repository (repoConfiguration).',
    category: 'governance',
    severity: 'info',
    confidence: 'medium',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      absent: 'Data factory {{resource}} has no Git integration (repoConfiguration), so pipelines and linked services are edited live without review or history; connect the development factory to a repository (factories deployed by CI/CD from Git need none).',
    },
    tags: ['CKV_AZURE_103'],
  },
  relevant: relevantForTypes([DATA_FACTORIES]),
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, [DATA_FACTORIES])) return;
        const st = propertyState(r, 'properties.repoConfiguration');
        if (st.kind !== 'absent') return;
        const lines = ['{', "  type: '${1:FactoryGitHubConfiguration}'", "  accountName: '${2:contoso}'", "  repositoryName: '${3:data-pipelines}'", "  collaborationBranch: '${4:main}'", "  rootFolder: '/'", '}'];
        const e = r.body ? insertPropertyEdit(doc.text, r.body, 'properties.repoConfiguration', layoutLines(doc, lines).split(doc.eol).join('\n')) : undefined;
        const fix = e ? snippetFix(doc, 'Add a Git repository configuration', [e]) : undefined;
        context.report({ span: anchorSpan(st.location, r.nameSpan), messageId: 'absent', data: { resource: r.name }, fixes: fix ? [fix] : [] });
      },
    };
  },
});
