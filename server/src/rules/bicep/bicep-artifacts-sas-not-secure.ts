/**
 * bicep-artifacts-sas-not-secure: the `_artifactsLocationSasToken` convention param carries a
 * SAS token and must be a secure string with an empty default.
 */
import { defineRule } from '../../engine/rule';
import { addDecoratorFix, replaceFix, clip } from './support';

export default defineRule({
  meta: {
    id: 'bicep-artifacts-sas-not-secure',
    description: 'The _artifactsLocationSasToken param should be @secure() with an empty default.',
    category: 'secrets',
    severity: 'info',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      notSecure: 'Param {{name}} carries a SAS token but is not @secure(): the token is stored in the deployment history. Add @secure().',
      defaultValue: "Param {{name}} has a default other than '': a SAS token in the template is readable by anyone who can read the template. Use an empty default.",
    },
    tags: ['bicep:artifacts-parameters'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepParam(p) {
        if (p.name.toLowerCase() !== '_artifactslocationsastoken' || p.model.isParamsFile) return;
        if (!p.secure) {
          context.report({ span: { start: p.nameSpan.start, end: p.nameSpan.end }, messageId: 'notSecure', data: { name: clip(p.name) }, fixes: [addDecoratorFix(doc, p, '@secure()', `Add @secure() to param ${clip(p.name)}`)] });
        }
        const d = p.defaultValue;
        if (d && !(d.kind === 'String' && d.exprs.length === 0 && (d.segments[0] ?? '') === '')) {
          context.report({ span: { start: d.start, end: d.end }, messageId: 'defaultValue', data: { name: clip(p.name) }, fixes: [replaceFix(d, "''", "Set the default to ''", 'unsafe')] });
        }
      },
    };
  },
});
