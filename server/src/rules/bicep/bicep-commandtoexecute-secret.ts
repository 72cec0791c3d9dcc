/**
 * bicep-commandtoexecute-secret: `settings` of a Custom Script extension are stored and shown
 * in clear text; a command line carrying a secret belongs in `protectedSettings`.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { insertPropertyEdit, removePropertyEdit } from '../../languages/bicep/edits';
import { knownValue, locatePath, propertyState, sameEnum, secretFlow, clip } from './support';

const CUSTOM_SCRIPT: readonly [string, string][] = [
  ['Microsoft.Azure.Extensions', 'CustomScript'],
  ['Microsoft.Compute', 'CustomScriptExtension'],
  ['Microsoft.OSTCExtensions', 'CustomScriptForLinux'],
];

export default defineRule({
  meta: {
    id: 'bicep-commandtoexecute-secret',
    description: 'Custom Script extension commands that contain secrets should be in protectedSettings, not settings.',
    category: 'secrets',
    severity: 'error',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      insecure: 'The commandToExecute of extension {{resource}} contains {{what}} but is in settings, which are stored and displayed in clear text; move commandToExecute to protectedSettings.',
    },
    tags: ['CWE-532', 'bicep:protect-commandtoexecute-secrets'],
  },
  create(context) {
    const doc = context.document;
    return {
      bicepResource(r) {
        if (r.existing || !r.typeLower || !r.typeLower.endsWith('/extensions')) return;
        const publisher = knownValue(propertyState(r, 'properties.publisher'));
        const type = knownValue(propertyState(r, 'properties.type'));
        if (!CUSTOM_SCRIPT.some(([p, t]) => sameEnum(publisher, p) && sameEnum(type, t))) return;
        const loc = locatePath(r.body, 'properties.settings.commandToExecute');
        const prop = loc.property;
        if (!prop?.value || !loc.object) return;
        const flow = secretFlow(r.model, prop.value);
        const what = flow.listCalls[0] ? `the result of ${clip(flow.listCalls[0].name.name)}()` : flow.secureParams[0] ? `secure param ${clip(flow.secureParams[0].name)}` : flow.getSecretCalls[0] ? 'a Key Vault secret' : undefined;
        if (!what) return;
        const fixes: Fix[] = [];
        const protectedLoc = locatePath(r.body, 'properties.protectedSettings.commandToExecute');
        if (r.body && !protectedLoc.property && !protectedLoc.blockedBy && !prop.value.kind.startsWith('Skipped')) {
          const valueText = doc.text.slice(prop.value.start, prop.value.end);
          const insert = valueText.includes('\n') ? undefined : insertPropertyEdit(doc.text, r.body, 'properties.protectedSettings.commandToExecute', valueText);
          const remove = removePropertyEdit(doc.text, loc.object, prop);
          if (insert && remove) fixes.push({ title: 'Move commandToExecute to protectedSettings', edits: [remove, insert], safety: 'safe' });
        }
        context.report({ span: { start: prop.value.start, end: prop.value.end }, messageId: 'insecure', data: { resource: clip(r.name), what }, fixes });
      },
    };
  },
});
