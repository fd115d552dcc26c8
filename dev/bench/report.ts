// The benchmark's output: one Markdown table (console and README), and the full figures as JSON
// under bench/results/<timestamp>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CALL_LATENCY_MS } from '../emulator/calls';
import type { Capacity } from './capacity';
import { LATENCY_NOTE, PROJECT_LIMITS, SOURCES, quotaUnits } from './quota';
import type { ScenarioResult } from './run';

/**
 * A method without its API prefix, e.g. `calendar.events.list` → `events.list`.
 * @example shortMethod('drive.permissions.create') // 'permissions.create'
 */
export function shortMethod(method: string): string {
  return method.split('.').slice(1).join('.');
}

/** @example formatMs(36300) // '36.3 s'; formatMs(150) // '150 ms' */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

export function modelledLatencyMs(result: ScenarioResult): number {
  return result.measured.callCount * DEFAULT_CALL_LATENCY_MS;
}

function callsCell(calls: Record<string, number>): string {
  const entries = Object.entries(calls);
  if (entries.length === 0) return '0';
  const total = entries.reduce((t, [, n]) => t + n, 0);
  return `**${total}**: ${entries.map(([m, n]) => `${shortMethod(m)} ${n}`).join(', ')}`;
}

function quotaCell(calls: Record<string, number>): string {
  const u = quotaUnits(calls);
  return `${u.calendar} / ${u.docsRead}·${u.docsWrite} / ${u.drive}`;
}

function cpuCell(result: ScenarioResult): string {
  if (result.cpuKind === 'none') return '—';
  const m = result.measured;
  const ms = `${m.cpuMsMin.toFixed(1)} / ${m.cpuMsMedian.toFixed(1)}`;
  if (result.cpuKind !== 'core') return ms;
  const ratio =
    m.ratio !== undefined && m.referenceMsMin !== undefined
      ? `; ${m.ratio.toFixed(2)} × reference (${m.referenceMsMin.toFixed(1)} ms)`
      : '';
  return `${ms} (core${ratio})`;
}

function docCell(result: ScenarioResult): string {
  const m = result.measured;
  if (m.bundleBytes !== undefined) return `bundle ${m.bundleBytes.toLocaleString('en')} bytes`;
  if (!m.doc) return '—';
  return `${(m.doc.bytes / 1000).toFixed(1)} kB / ${m.doc.paragraphs} ¶`;
}

/** One Markdown table row per scenario; the result column names what misses its target. */
export function formatTable(results: readonly ScenarioResult[]): string {
  const header = [
    '| scenario | API calls by method | quota: Calendar / Docs read·write / Drive | modelled latency | CPU ms (lowest / median) | doc size (JSON / paragraphs) | target | result |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const rows = results.map((r) => {
    const latency = r.cpuKind === 'bundle' ? formatMs(modelledLatencyMs(r)) : '—';
    const result = r.failures.length === 0 ? 'ok' : `**over**: ${r.failures.join('; ')}`;
    return `| ${r.title} | ${callsCell(r.measured.calls)} | ${quotaCell(r.measured.calls)} | ${latency} | ${cpuCell(r)} | ${docCell(r)} | ${r.target} | ${result} |`;
  });
  return [...header, ...rows].join('\n');
}

export interface BenchMeta {
  runs: number;
  node: string;
  bundlePath: string;
}

/** Everything measured, as one JSON document. */
export function toJson(results: readonly ScenarioResult[], capacity: Capacity | null, meta: BenchMeta) {
  return {
    generatedAt: new Date().toISOString(),
    ...meta,
    latency: { perCallMs: DEFAULT_CALL_LATENCY_MS, note: LATENCY_NOTE },
    quotaModel: { limits: PROJECT_LIMITS, sources: SOURCES },
    scenarios: results.map((r) => ({
      id: r.id,
      title: r.title,
      target: r.target,
      ok: r.failures.length === 0,
      failures: r.failures,
      cpuKind: r.cpuKind,
      ...r.measured,
      quotaUnits: quotaUnits(r.measured.calls),
      modelledLatencyMs: modelledLatencyMs(r),
    })),
    capacity,
  };
}

/** Writes the JSON to `<dir>/<timestamp>.json` and returns the path. */
export function writeResults(dir: string, json: unknown): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const path = join(dir, `${stamp}.json`);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return path;
}
