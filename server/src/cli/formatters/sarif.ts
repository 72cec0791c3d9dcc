/**
 * SARIF 2.1.0 output for code-scanning uploads (GitHub, Azure DevOps). Every rule descriptor
 * carries helpUri, defaultConfiguration.level and properties.category; locations are relative
 * to the scanned folder (uriBaseId %SRCROOT%), 1-based, in UTF-16 columns.
 */
import { pathToFileURL } from 'node:url';
import type { Located } from './common';
import { toRel } from './common';
import { docsUrl } from '../../engine/rule';
import type { Rule } from '../../engine/rule';
import type { Severity } from '../../engine/types';
import type { ScannedFile } from '../../workspace/scan';

export function sarifLevel(s: Severity | 'off'): 'error' | 'warning' | 'note' | 'none' {
  switch (s) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'info':
    case 'hint':
      return 'note';
    case 'off':
      return 'none';
  }
}

export function formatSarif(located: readonly Located[], rules: readonly Rule[], base: string, version: string): string {
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
  const index = new Map(sorted.map((r, i) => [r.meta.id, i]));
  const region = (file: ScannedFile, start: number, end: number) => {
    const s = file.result.document.positionAt(start);
    const e = file.result.document.positionAt(end);
    return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const artifact = (rel: string) => ({ uri: encodeURI(rel), uriBaseId: '%SRCROOT%' });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Bulwark',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/bulwark-security/bulwark',
            rules: sorted.map((r) => ({
              id: r.meta.id,
              name: r.meta.id
                .split('-')
                .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
                .join(''),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              helpUri: docsUrl(r.meta.id),
              help: { text: `${r.meta.description} See ${docsUrl(r.meta.id)}` },
              defaultConfiguration: { level: sarifLevel(r.meta.severity) },
              properties: {
                category: r.meta.category,
                precision: r.meta.confidence === 'high' ? 'high' : r.meta.confidence === 'medium' ? 'medium' : 'low',
                tags: ['security', r.meta.category, ...(r.meta.tags ?? [])],
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(base.endsWith('/') ? base : base + '/').href } },
        invocations: [{ executionSuccessful: true }],
        results: located.map((l) => {
          const result: Record<string, unknown> = {
            ruleId: l.finding.ruleId,
            ruleIndex: index.get(l.finding.ruleId) ?? -1,
            level: sarifLevel(l.finding.severity),
            message: { text: l.finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(l.relPath),
                  region: { startLine: l.startLine, startColumn: l.startColumn, endLine: l.endLine, endColumn: l.endColumn },
                },
              },
            ],
            properties: { category: l.finding.category, confidence: l.finding.confidence },
          };
          if (l.finding.related.length) {
            result['relatedLocations'] = l.finding.related.map((r, i) => ({
              id: i + 1,
              message: { text: r.message },
              physicalLocation: r.file
                ? {
                    artifactLocation: artifact(toRel(base, r.file.path)),
                    region: { startLine: r.file.line + 1, startColumn: r.file.character + 1, endLine: r.file.endLine + 1, endColumn: r.file.endCharacter + 1 },
                  }
                : { artifactLocation: artifact(l.relPath), region: region(l.file, r.span.start, r.span.end) },
            }));
          }
          const fixes = l.finding.fixes.filter((f) => !f.snippet);
          if (fixes.length) {
            result['fixes'] = fixes.map((f) => ({
              description: { text: f.safety === 'safe' ? f.title : `${f.title} (review before applying)` },
              artifactChanges: [
                {
                  artifactLocation: artifact(l.relPath),
                  replacements: f.edits.map((e) => ({
                    deletedRegion: e.start === e.end ? { ...insertionRegion(l.file, e.start) } : region(l.file, e.start, e.end),
                    insertedContent: { text: e.newText },
                  })),
                },
              ],
            }));
          }
          return result;
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function insertionRegion(file: ScannedFile, offset: number) {
  const p = file.result.document.positionAt(offset);
  return { startLine: p.line + 1, startColumn: p.character + 1, endLine: p.line + 1, endColumn: p.character + 1 };
}
