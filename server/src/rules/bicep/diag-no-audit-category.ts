/**
 * diag-no-audit-category: diagnostic settings of AI-relevant resources should include the audit
 * logs (categoryGroup 'audit' or 'allLogs'), not only metrics or request logs.
 */
import { defineRule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { insertPropertyEdit } from '../../languages/bicep';
import type { ArrayExpr, BicepValue, ResourceSymbol } from '../../languages/bicep';
import { avmRef, isResourceOfType, locatePath, propertyState } from './support';
import { referencedTypes } from './parts/graph';
import { DIAG_AVM, DIAG_LOG_TYPES, isAuditEntry } from './parts/diagCommon';
import { layoutLines } from './parts/snippets';

export default defineRule({
  meta: {
    id: 'diag-no-audit-category',
    description: "Diagnostic settings of AI-relevant resources should send audit logs (categoryGroup 'audit' or 'allLogs').",
    category: 'governance',
    severity: 'warning',
    confidence: 'high',
    appliesTo: ['bicep'],
    fixable: 'safe',
    messages: {
      noLogs: "Diagnostic setting {{resource}} sends no logs (metrics only), so access to {{target}} leaves no audit trail; add logs with categoryGroup 'audit' (or 'allLogs').",
      noAudit: "Diagnostic setting {{resource}} does not send audit logs (no enabled categoryGroup 'audit' or 'allLogs', nor an audit category); add { categoryGroup: 'audit', enabled: true }.",
      avm: "Diagnostic settings of module {{resource}} list logCategoriesAndGroups without the audit logs; add { categoryGroup: 'audit' } (or 'allLogs').",
    },
    tags: ['PSRule:Azure.KeyVault.Logs', 'PSRule:Azure.ACR.AuditLogs', 'ASB-LT-4'],
  },
  create(context) {
    const doc = context.document;

    const appendAudit = (d: ResourceSymbol): Fix | undefined => {
      const entry = ['{', "  categoryGroup: 'audit'", '  enabled: true', '}'];
      const logs = locatePath(d.body, 'properties.logs').property;
      if (!logs) {
        if (!d.body) return undefined;
        const e = insertPropertyEdit(doc.text, d.body, 'properties.logs', layoutLines(doc, ['[', ...entry.map((l) => `  ${l}`), ']']).split(doc.eol).join('\n'));
        return e ? { title: 'Add the audit log category group', edits: [e], safety: 'safe' } : undefined;
      }
      const arr = logs.value;
      if (!arr || arr.kind !== 'Array' || arr.close === undefined) return undefined;
      return appendToArray(arr, entry);
    };

    const appendToArray = (arr: ArrayExpr, entryLines: readonly string[]): Fix | undefined => {
      const text = doc.text;
      const close = arr.close;
      if (close === undefined) return undefined;
      let baseIndent = '';
      for (let i = text.lastIndexOf('\n', close - 1) + 1; i < close && (text[i] === ' ' || text[i] === '\t'); i++) baseIndent += text[i];
      const multiline = /[\r\n]/.test(text.slice(arr.open + 1, close));
      const last = arr.items[arr.items.length - 1];
      if (multiline && last) {
        let itemIndent = '';
        for (let i = text.lastIndexOf('\n', last.start - 1) + 1; i < last.start && (text[i] === ' ' || text[i] === '\t'); i++) itemIndent += text[i];
        let at = last.end;
        while (at < close && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
        return { title: 'Add the audit log category group', edits: [{ start: at, end: at, newText: `${doc.eol}${layoutLines(doc, entryLines, itemIndent)}` }], safety: 'safe' };
      }
      if (arr.items.length === 0) {
        const body = layoutLines(doc, entryLines.map((l) => `  ${l}`), baseIndent);
        return { title: 'Add the audit log category group', edits: [{ start: arr.open + 1, end: close, newText: `${doc.eol}${body}${doc.eol}${baseIndent}` }], safety: 'safe' };
      }
      return undefined;
    };

    return {
      bicepResource(r) {
        if (r.existing || !isResourceOfType(r, ['Microsoft.Insights/diagnosticSettings'])) return;
        const scope = locatePath(r.body, 'scope').property?.value;
        if (!scope) return;
        const types = [...referencedTypes(r.model, scope)];
        if (types.length !== 1 || !DIAG_LOG_TYPES.has(types[0] as string)) return;
        const st = propertyState(r, 'properties.logs');
        if (st.kind === 'unknown') return;
        let messageId: 'noLogs' | 'noAudit';
        if (st.kind === 'absent') messageId = 'noLogs';
        else {
          if (st.incomplete || st.options.some((o) => o.partial || !Array.isArray(o.value))) return;
          const all = st.options.map((o) => o.value as readonly BicepValue[]);
          if (all.every((list) => list.some((e) => isAuditEntry(e)))) return;
          messageId = all.every((list) => list.length === 0) ? 'noLogs' : 'noAudit';
        }
        const fix = appendAudit(r);
        const anchor = locatePath(r.body, 'properties.logs').property;
        const span = anchor?.key ? { start: anchor.key.start, end: anchor.key.end } : r.nameSpan;
        const target = scope.kind === 'Var' ? scope.name : 'the resource';
        context.report({ span, messageId, data: { resource: r.name, target }, fixes: fix ? [fix] : [] });
      },
      bicepModule(m) {
        const ref = avmRef(m);
        if (!ref || !DIAG_AVM[ref.module]) return;
        const list = locatePath(m.body, 'params.diagnosticSettings').property?.value;
        if (!list || list.kind !== 'Array') return;
        for (const item of list.items) {
          if (item.kind !== 'Object') continue;
          const groups = locatePath(item, 'logCategoriesAndGroups').property;
          if (!groups?.value) continue; // absent: the module sends allLogs
          const v = m.model.evaluator.evaluateIn(m, groups.value);
          if (v.kind !== 'known' || v.partial || !Array.isArray(v.value)) continue;
          if ((v.value as readonly BicepValue[]).some((e) => isAuditEntry(e, true))) continue;
          context.report({ span: groups.key ? { start: groups.key.start, end: groups.key.end } : { start: item.start, end: item.start + 1 }, messageId: 'avm', data: { resource: m.name } });
        }
      },
    };
  },
});
